"""Starting the sandboxed child and talking to it (the parent's side of the wall).

With bubblewrap the child sees only the Python installation, the judge's ``child``
package and the course's ``d2l`` library, all read-only, plus an empty scratch file system;
it has no network and its own process, IPC and host-name namespaces. When the grader runs
as root the child drops to an unprivileged uid before it imports anything. Without
bubblewrap (``sandbox = 'none'``) the child is a plain process with resource limits.
"""

import fcntl
import functools
import logging
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import exercises
from .child import wire
from .config import PACKAGE_DIR, REPO_ROOT

log = logging.getLogger(__name__)
CHILD_DIR = PACKAGE_DIR / "child"
D2L_DIR = REPO_ROOT / "d2l"
MARGIN = 15.0  # seconds the parent waits beyond the child's own timeouts

CHILD_ENV = {
    "PATH": "/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "HOME": "/tmp",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "MPLBACKEND": "Agg",
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MXNET_ENGINE_TYPE": "NaiveEngine",  # errors surface where the student's code raised them
    "MXNET_SUBGRAPH_BACKEND": "NONE",  # keep operator names as registered (no fused graphs)
    "MXNET_HOME": "/tmp/.mxnet",
    "D2L_GRADING": "1",  # d2l's loaders say what to do instead of downloading
}

BOOT = ("import sys; sys.path[:0] = {paths!r}; "
        "from child.runner import main; main()")


class SandboxError(RuntimeError):
    """The sandbox could not start or stopped answering."""


class ChildLost(SandboxError):
    """The child stopped answering mid-submission (killed, hung or protocol broken)."""


class ChannelViolation(ChildLost):
    """The submission broke the channel or the guard's record: tampering. The sandbox that
    saw it is discarded, and nothing it would grade afterwards is kept."""


MAX_REPLY_BYTES = 80 << 20  # the most the parent reads for one answer


@functools.lru_cache(maxsize=None)
def bwrap_works():
    """Whether bubblewrap is installed and can create namespaces here."""
    exe = shutil.which("bwrap")
    if not exe:
        return False
    try:
        result = subprocess.run(
            [exe, "--ro-bind", "/", "/", "--unshare-pid", "--unshare-net", "--dev", "/dev",
             "--proc", "/proc", "true"], capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def choose_mode(settings):
    """'bwrap' or 'none' for these settings; raises when a required sandbox is missing."""
    if settings.sandbox == "none":
        return "none"
    if bwrap_works():
        return "bwrap"
    if settings.sandbox == "bwrap" or settings.require_sandbox:
        raise SandboxError("bubblewrap is required but does not work here: install the "
                           "Debian package 'bubblewrap' (or set c.Judge.sandbox = 'none' to "
                           "grade without isolation)")
    return "none"


def _ancestors(path):
    parts = Path(path).parts
    return [str(Path(*parts[:i])) for i in range(2, len(parts))]


def bwrap_command(settings, slot=0, is_root=None):
    """The bubblewrap command line that starts the child."""
    is_root = os.geteuid() == 0 if is_root is None else is_root
    args = ["bwrap", "--die-with-parent", "--new-session", "--unshare-pid", "--unshare-net",
            "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try", "--hostname", "judge",
            "--clearenv"]
    if is_root:
        # The supervisor keeps just enough privilege to run each submission as an
        # unprivileged uid and to kill what it leaves behind; student code has none.
        args += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID",
                 "--cap-add", "CAP_KILL"]
    else:
        args += ["--unshare-user", "--disable-userns"]
    for name, value in CHILD_ENV.items():
        args += ["--setenv", name, value]
    # The exercises' public part (stand-ins, diagnoses), without their hidden checks.
    args += ["--setenv", "D2L_REFERENCES", "/course/public"]
    mounts = [(str(CHILD_DIR), "/judge/child"), (str(D2L_DIR), "/course/d2l"),
              (str(exercises.exported()), "/course/public")]
    data = settings.course_data()
    if data is not None:  # the book's data files, for its loaders (read-only, like the rest)
        args += ["--setenv", "D2L_DATA_DIR", "/course/data"]
        mounts.append((str(data), "/course/data"))
    # The scratch file systems come first: later mounts (a virtualenv under /tmp, say) must
    # not be hidden under them.
    args += ["--dev", "/dev", "--proc", "/proc",
             "--perms", "1777", "--size", str(settings.scratch_mb << 20), "--tmpfs", "/tmp",
             "--perms", "1777", "--size", str(16 << 20), "--tmpfs", "/dev/shm"]
    for top in ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    for path in ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/localtime",
                 "/etc/alternatives"):
        if os.path.exists(path):
            args += ["--ro-bind", path, path]
    made = set()
    for src, dest in _python_mounts() + mounts:
        for parent in _ancestors(dest):
            if parent not in made and not parent.startswith(("/usr", "/lib", "/bin")):
                args += ["--perms", "0755", "--dir", parent]
                made.add(parent)
        args += ["--ro-bind", src, dest]
    # The sandbox's root file system holds only mount points: make it read-only, so that
    # nothing but the size-limited scratch file systems can be written.
    args += ["--remount-ro", "/", "--chdir", "/tmp"]
    uid = settings.sandbox_uid + slot if is_root else -1
    args += [sys.executable, "-I", "-B", "-c", BOOT.format(paths=["/judge", "/course"]),
             "/tmp/judge", str(uid), "--private-tmp"]
    return args


def _python_mounts():
    """The Python installation and virtual environment, mounted where they are."""
    paths = []
    for prefix in {os.path.realpath(sys.base_prefix), os.path.realpath(sys.prefix)}:
        paths.append(prefix)
    exe_dir = os.path.dirname(os.path.abspath(sys.executable))
    if not any(exe_dir.startswith(p + os.sep) for p in paths):
        paths.append(exe_dir)
    # sys.prefix may itself be a symlink; mount it under the name the interpreter uses too.
    if os.path.realpath(sys.prefix) != os.path.abspath(sys.prefix):
        paths.append(os.path.abspath(sys.prefix))
    mounts = []
    for p in sorted(set(paths), key=len):
        if not any(p.startswith(q + os.sep) for q, _ in mounts):
            mounts.append((p, p))
    return mounts


def plain_command(scratch_root):
    """The child without a sandbox: a separate process with resource limits only."""
    boot = BOOT.format(paths=[str(PACKAGE_DIR), str(REPO_ROOT)])
    return [sys.executable, "-I", "-B", "-c", boot, scratch_root, "-1"]


def claim_slot(limit=256):
    """A sandbox slot no other grading process on this machine holds (an flock kept for the
    life of the process). Slots give concurrent sandboxes different uids when grading as
    root, so that they do not share the per-uid process limit."""
    folder = Path(tempfile.gettempdir()) / "d2l-judge-slots"
    folder.mkdir(exist_ok=True)
    try:  # shared by every user who grades on this machine (root or not)
        os.chmod(folder, 0o1777)
    except OSError:
        pass
    for slot in range(limit):
        try:
            fd = os.open(folder / f"{slot}.lock", os.O_RDWR | os.O_CREAT, 0o666)
        except OSError:  # a lock file another user made and we may not open
            continue
        try:
            if os.fstat(fd).st_uid == os.geteuid():
                os.fchmod(fd, 0o666)  # whatever the umask, others may lock it later
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue
        _HELD_SLOTS.append(fd)
        return slot
    raise SandboxError("no free sandbox slot")


_HELD_SLOTS = []


class Sandbox:
    """A running child: one warm process that grades submissions one after another."""

    def __init__(self, settings, slot=None, log=None):
        self.settings = settings
        self.slot = slot
        self.mode = choose_mode(settings)
        self.proc = None
        self.log = log
        self._scratch = None
        self.ready = False
        self._spoiled = False
        self._requests = 0
        self.violation = None  # set when the submission broke the channel or the record
        self.lost = None  # set when a call found the submission lost (see call)

    def start(self):
        """Start the child and wait until it has imported MXNet."""
        return self.launch().wait_ready()

    def launch(self):
        """Start the child without waiting for it (it takes a second to import MXNet)."""
        if self.mode == "bwrap":
            if self.slot is None:
                self.slot = claim_slot()
            cmd = bwrap_command(self.settings, self.slot)
            env, cwd = None, None
        else:
            self._scratch = tempfile.mkdtemp(prefix="d2l-judge-")
            cmd = plain_command(self._scratch)
            env = dict(CHILD_ENV, HOME=self._scratch, MXNET_HOME=f"{self._scratch}/.mxnet")
            data = self.settings.course_data()
            if data is not None:
                env["D2L_DATA_DIR"] = str(data)
            cwd = self._scratch
        try:
            self.proc = subprocess.Popen(
                cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=self.log or subprocess.DEVNULL, env=env, cwd=cwd,
                start_new_session=True)
        except OSError as exc:
            raise SandboxError(f"could not start the sandbox: {exc}") from None
        os.set_blocking(self.proc.stdin.fileno(), False)  # writes have a deadline
        self.ready = False
        self.violation = None
        self.lost = None
        self._spoiled = False
        return self

    def wait_ready(self):
        """Wait until the child has imported MXNet and can take a submission."""
        if self.ready:
            return self
        try:
            header, _ = self._read(60)
        except ChildLost as exc:
            raise SandboxError(f"the sandbox did not start ({exc}); run with -v to see its "
                               "errors") from None
        if header.get("type") != "ready":
            raise SandboxError(f"the sandbox did not start: {header}")
        self.child_uid = header.get("uid")
        self.ready = True
        return self

    def __enter__(self):
        return self.start() if self.proc is None else self

    def __exit__(self, *exc):
        self.close()

    @property
    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def _send(self, header, blobs=(), timeout=60):
        writer = _DeadlineWriter(self.proc.stdin, time.monotonic() + timeout)
        try:
            wire.write_frame(writer, header, blobs)
        except TimeoutError:
            raise ChildLost(f"the sandbox did not take a request within {timeout:g} s") from None
        except (BrokenPipeError, OSError, ValueError) as exc:
            raise ChildLost(f"the sandbox stopped: {exc}") from None

    def _read(self, timeout):
        reader = _DeadlineReader(self.proc.stdout, time.monotonic() + timeout)
        try:
            return wire.read_frame(reader, max_total=MAX_REPLY_BYTES)
        except EOFError:
            raise ChildLost("the sandbox exited") from None
        except TimeoutError:
            raise ChildLost(f"the sandbox did not answer within {timeout:g} s") from None
        except wire.WireError as exc:
            raise ChildLost(f"the sandbox sent a malformed message: {exc}") from None

    def run_cells(self, submission_id, cells, watch=(), seed=0):
        """Load a submission and run its cells; returns one result dict per cell."""
        limits = dict(self.settings.limits(), seed=seed)
        self._send({"type": "begin", "id": submission_id, "cells": cells, "limits": limits,
                    "watch": list(watch)})
        header, _ = self._read(self.settings.total_timeout + MARGIN)
        if header.get("type") == "lost":
            raise ChildLost(str(header.get("message", "the sandbox lost the submission"))[:500])
        if header.get("type") == "broken":
            raise ChannelViolation(str(header.get("message", "the submission broke the "
                                                            "grader's channel"))[:500])
        if header.get("type") != "cells":
            raise ChildLost(f"unexpected answer from the sandbox: {header.get('type')}")
        return header["results"]

    def call(self, target, args=(), kwargs=None, options=None, payload=None, timeout=None,
             fresh=False):
        """Call ``target`` in the submission; returns the decoded reply (a dict).

        ``options`` are plain JSON settings (gradients, train mode, stand-ins);
        ``payload`` holds extra data: ``globals`` to set and a ``head_grad``.
        """
        if self.violation:
            raise ChannelViolation(self.violation)
        if self.lost:
            raise ChildLost(self.lost)
        timeout = timeout or self.settings.call_timeout
        request, blobs = call_request(target, args, kwargs, options, payload)
        # After an error inside MXNet the process's engine may be left unusable: the next
        # call gets a fresh process, so one broken call cannot spoil other exercises.
        fresh = fresh or self._spoiled
        self._requests += 1
        request_id = self._requests
        try:
            self._send(dict(request, timeout=timeout, fresh=fresh, id=request_id), blobs)
            # a fresh process runs the cells again first
            header, reply_blobs = self._read(timeout + 2 * MARGIN + (
                self.settings.total_timeout if fresh else 0))
            if header.get("type") == "lost" or header.get("lost"):
                raise ChildLost(str(header.get("message", "the sandbox lost the "
                                                          "submission"))[:500])
            if header.get("type") == "broken":
                self.violation = str(header.get("message", "the submission broke the "
                                                           "grader's channel"))[:500]
                raise ChannelViolation(self.violation)
            if header.get("type") != "reply" or header.get("id") != request_id:
                raise ChildLost("the sandbox's answer does not belong to the request")
        except ChannelViolation:
            raise
        except ChildLost as exc:
            # Raised inside a check, where pytest takes it for the check's failure: kept,
            # so that the grader sees the submission lost (and no later call runs).
            self.lost = str(exc)
            raise
        reply = decode_reply(header, reply_blobs)
        self._spoiled = (reply.get("error") or {}).get("type") == "MXNetError"
        return reply

    def end(self):
        """Forget the current submission (kill its processes, wipe its scratch files).
        A sandbox that could not remove everything is discarded."""
        self._send({"type": "end"})
        header, _ = self._read(60)
        if header.get("type") != "ended" or not header.get("clean", False):
            log.warning("the sandbox kept something of a submission; starting a new one")
            self.close()
        return header

    def close(self):
        if self.proc is None:
            return
        if self.proc.poll() is None and self.ready:
            try:
                self._send({"type": "shutdown"})
                self.proc.stdin.close()
                self.proc.wait(timeout=5)
            except (SandboxError, OSError, subprocess.TimeoutExpired):
                pass
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, 9)
            except OSError:
                self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
        self.proc = None
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


def call_request(target, args=(), kwargs=None, options=None, payload=None):
    """The header and arrays of a call request (see :meth:`Sandbox.call`)."""
    tree, blobs = wire.encode(dict(payload or {}, args=list(args), kwargs=dict(kwargs or {})))
    return {"type": "call", "target": target, "payload": tree,
            "options": dict(options or {})}, blobs


def decode_reply(header, blobs):
    """A call's reply as a dict, read without trusting anything in it.

    ``ops`` come from the guard's record as the supervisor checked it (the operators the
    profiler saw and the watched Python functions that ran, as MXNet names them), never from
    the submission's own report.
    """
    integrity = header.get("integrity") or {}
    ops = [str(n) for n in (integrity.get("ops") or []) + (integrity.get("watched") or [])]
    if integrity.get("threads"):
        ops.append(UNWATCHED_THREAD)
    if header.get("status") != "done":
        return {"ok": False, "status": header.get("status", "error"),
                "error": {"type": header.get("status", "error"),
                          "message": str(header.get("message", "the call failed"))[:2000],
                          "traceback": []}, "ops": ops}
    try:
        reply = wire.decode(header["reply"], blobs)
    except (wire.WireError, KeyError) as exc:
        return {"ok": False, "status": "error", "ops": ops,
                "error": {"type": "WireError", "traceback": [],
                          "message": f"the result could not be read: {exc}"}}
    if not isinstance(reply, dict):
        return {"ok": False, "status": "error", "ops": ops,
                "error": {"type": "WireError", "message": "malformed reply", "traceback": []}}
    reply["ops"] = ops
    reply["status"] = "done"
    return reply


UNWATCHED_THREAD = "(threads)"  # the call started threads, where Python built-ins are not watched


class _DeadlineWriter:
    """A file-like writer that gives up at a deadline instead of blocking forever."""

    def __init__(self, stream, deadline):
        self.fd = stream.fileno()
        self.deadline = deadline

    def write(self, data):
        view = memoryview(data)
        while view:
            left = self.deadline - time.monotonic()
            if left <= 0 or not select.select([], [self.fd], [], left)[1]:
                raise TimeoutError
            try:
                view = view[os.write(self.fd, view[:1 << 16]):]
            except BlockingIOError:
                continue

    def flush(self):
        pass


class _DeadlineReader:
    """A file-like reader that gives up at a deadline instead of blocking forever."""

    def __init__(self, stream, deadline):
        self.fd = stream.fileno()
        self.deadline = deadline

    def read(self, n):
        left = self.deadline - time.monotonic()
        if left <= 0 or not select.select([self.fd], [], [], left)[0]:
            raise TimeoutError
        return os.read(self.fd, n)
