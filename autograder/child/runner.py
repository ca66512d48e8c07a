"""The process inside the sandbox: a warm supervisor that runs submissions in forks.

The supervisor imports MXNet once and then, for each submission the parent sends, forks a
process that runs the notebook's cells in one namespace. It talks to the parent on its
original stdin/stdout with ``wire`` frames, and to the processes it forks through two
pipes that carry fixed-size records; bulky data goes through files in the submission's
scratch directory. The supervisor never runs student code, so it can enforce timeouts and
clean up whatever a submission leaves behind.

Cells that cannot hang or crash (imports and definitions) run in the submission's process;
any other cell runs in a fork of it, and the fork carries on as the submission's process
once the cell finishes. When a cell times out or kills its process, everything since the
last fork is thrown away, that cell is marked, and the cells after it run again from the
saved state. The parent's calls into the submission run in a forked worker, so a call that
hangs or crashes costs only that call.
"""

import ctypes
import os
import resource
import select
import shutil
import signal
import struct
import sys
import time

from . import cells, harness, wire

REC = struct.Struct(">4sIqqqq")  # magic, kind, pid, seq, a, b  (44 bytes: written atomically)
MAGIC = b"D2LJ"

# records a submission process sends to the supervisor
RUNNING, CHECKPOINT, RESUMED, DONE = 1, 2, 3, 4
# commands the supervisor sends to a submission process
RUN_CELLS, SERVE, CALL, STOP = 11, 12, 13, 14

PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36


def _prctl(option, value):
    try:
        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux
        pass


# --- the submission side ------------------------------------------------------------


class Submission:
    """State of the forked process that owns the submission's namespace."""

    def __init__(self, cmd_fd, evt_fd, scratch, limits):
        self.cmd_fd = cmd_fd
        self.evt_fd = evt_fd
        self.scratch = scratch
        self.io = f"{scratch}/.io"
        self.limits = limits
        self.namespace = cells.new_namespace()
        self.cell_sources = {}

    def send(self, kind, seq=0, a=0, b=0):
        os.write(self.evt_fd, REC.pack(MAGIC, kind, os.getpid(), seq, a, b))

    def receive(self):
        """Wait for the next command addressed to this process."""
        while True:
            data = _read_record(self.cmd_fd)
            if data is None:
                os._exit(0)
            magic, kind, pid, seq, a, b = data
            if magic == MAGIC and pid == os.getpid():
                return kind, seq, a, b

    def serve(self):
        self.send(RUNNING)
        while True:
            kind, seq, a, b = self.receive()
            if kind == RUN_CELLS:
                self.run_cells(seq, a)
            elif kind == SERVE:
                self.fork_worker()
            elif kind == CALL:
                self.call(seq)
            elif kind == STOP:
                os._exit(0)

    def run_cells(self, seq, start):
        header, _ = _read_file_frame(f"{self.io}/c{seq}")
        plan = header["cells"]
        for position in range(start, len(plan)):
            item = plan[position]
            if item["skip"]:
                continue
            if item["isolate"] and not self.fork_or_resume(position):
                return  # resumed after the fork died: wait for the supervisor
            self.exec_cell(position, item)
        self.send(DONE, seq=-1)

    def fork_or_resume(self, position):
        """Fork; the child carries on. The parent waits and resumes if the child dies."""
        self.send(CHECKPOINT, a=position)
        pid = os.fork()
        if pid == 0:
            self.send(RUNNING, a=position)
            return True
        status = _wait_for(pid)
        self.send(RESUMED, a=position, b=status)
        return False

    def exec_cell(self, position, item):
        capture = cells.Capture(f"{self.scratch}/.io/out{position}")
        result = {"index": item["index"], "position": position, "status": "ok"}
        shell = self.namespace["get_ipython"]()
        shell.notes = []
        try:
            code = cells.compile_cell(item["index"], item["source"])
            with capture:
                exec(code, self.namespace)  # running the notebook is the point
        except BaseException as exc:  # noqa: BLE001 - a cell may raise anything, even SystemExit
            result["status"] = "error"
            result["error"] = cells.describe_exception(exc)
        result["output"] = capture.text(int(self.limits.get("output_chars", cells.OUTPUT_LIMIT)))
        result["notes"] = shell.notes[:20]
        _write_file_frame(f"{self.io}/r{position}", result)
        self.send(DONE, seq=position)

    def fork_worker(self):
        self.send(CHECKPOINT, a=-1)
        pid = os.fork()
        if pid == 0:
            self.send(RUNNING, a=-1)
            return
        status = _wait_for(pid)
        self.send(RESUMED, a=-1, b=status)

    def call(self, seq):
        header, blobs = _read_file_frame(f"{self.io}/c{seq}")
        reply, reply_blobs = harness.call(self.namespace, header, blobs, self.scratch)
        _write_file_frame(f"{self.io}/r{seq}", reply, reply_blobs)
        self.send(DONE, seq=seq)


def _wait_for(pid):
    while True:
        try:
            _, status = os.waitpid(pid, 0)
            return status
        except ChildProcessError:
            return -1
        except InterruptedError:
            continue


def _read_record(fd):
    buf = b""
    while len(buf) < REC.size:
        try:
            chunk = os.read(fd, REC.size - len(buf))
        except InterruptedError:
            continue
        if not chunk:
            return None
        buf += chunk
    return REC.unpack(buf)


def _write_file_frame(path, header, blobs=()):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        wire.write_frame(f, header, blobs)
    os.replace(tmp, path)


def _supervisor_write(path, header, blobs=()):
    """Write a command file; a scratch space filled by the submission ends the session."""
    try:
        _write_file_frame(path, header, blobs)
    except OSError as exc:
        raise SessionBroken(f"the submission filled its scratch space ({exc.strerror}); its "
                            "code wrote more than the sandbox allows") from None


def _read_file_frame(path):
    with open(path, "rb") as f:
        return wire.read_frame(f)


def _apply_limits(limits):
    def setlimit(which, value):
        if value is None:
            return
        soft, hard = resource.getrlimit(which)
        value = int(value)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        try:
            resource.setrlimit(which, (value, value if hard == resource.RLIM_INFINITY
                                       else min(hard, value)))
        except (ValueError, OSError):
            pass

    vm = _vm_size()
    if limits.get("memory_mb"):
        setlimit(resource.RLIMIT_AS, vm + limits["memory_mb"] * 2**20)
    setlimit(resource.RLIMIT_CPU, limits.get("cpu_seconds"))
    setlimit(resource.RLIMIT_FSIZE, limits.get("file_mb", 0) * 2**20 or None)
    setlimit(resource.RLIMIT_NOFILE, limits.get("open_files"))
    setlimit(resource.RLIMIT_CORE, 0)
    if limits.get("processes"):
        setlimit(resource.RLIMIT_NPROC, limits["processes"])


def _vm_size():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


# --- the supervisor side --------------------------------------------------------------


class Supervisor:
    """Never runs student code: forks submissions, enforces timeouts, cleans up."""

    def __init__(self, proto_in, proto_out, scratch_root, student_uid=None,
                 private_tmp=False):
        self.proto_in = proto_in
        self.proto_out = proto_out
        self.scratch_root = scratch_root
        self.private_tmp = private_tmp
        self.student_uid = student_uid  # None: submissions run as the supervisor's user
        self.session = None

    def run(self):
        wire.write_frame(self.proto_out, {"type": "ready", "pid": os.getpid(),
                                          "uid": os.getuid()})
        while True:
            try:
                header, blobs = wire.read_frame(self.proto_in)
            except EOFError:
                break
            kind = header.get("type")
            try:
                if kind == "begin":
                    self.begin(header)
                elif kind == "call":
                    self.call(header, blobs)
                elif kind == "end":
                    self.end()
                    self.reply({"type": "ended"})
                elif kind == "shutdown":
                    break
                else:
                    self.reply({"type": "error", "message": f"unknown request {kind!r}"})
            except SessionBroken as exc:
                self.end()
                self.reply({"type": "broken", "message": str(exc)})
        self.end()

    def reply(self, header, blobs=()):
        wire.write_frame(self.proto_out, header, blobs)

    # submission lifecycle

    def begin(self, header):
        self.end()
        self.session = Session(self, header)
        self.session.run_cells()

    def call(self, header, blobs):
        if self.session is None:
            self.reply({"type": "error", "message": "no submission is loaded"})
            return
        self.session.call(header, blobs)

    def end(self):
        if self.session is not None:
            self.session.close()
            self.session = None


class SessionBroken(Exception):
    """The submission's processes stopped following the protocol."""


class Session:
    """One submission: its scratch directory, pipes and process stack."""

    def __init__(self, supervisor, header):
        self.sup = supervisor
        self.limits = header.get("limits", {})
        self.watch = header.get("watch", [])
        self.cells = header["cells"]
        self.scratch = f"{supervisor.scratch_root}/{header.get('id', 'submission')}"
        self.uid = supervisor.student_uid
        wipe(self.scratch, self.uid)
        for path in (self.scratch, f"{self.scratch}/.io"):
            os.makedirs(path)
            os.chmod(path, 0o777 if self.uid is not None else 0o700)
        self.cmd_r, self.cmd_w = os.pipe()
        self.evt_r, self.evt_w = os.pipe()
        self.seq = 0
        self.running = None  # pid of the process that takes commands
        self.stack = []  # checkpoints: (pid, position)
        self.root = None
        self.deadline_total = time.monotonic() + float(self.limits.get("total_seconds", 600))

    # process management

    def spawn_root(self):
        pid = os.fork()
        if pid == 0:
            try:
                self._child_main()
            finally:
                os._exit(0)
        self.root = pid
        self.stack = []
        self.running = None
        self.expect(RUNNING, timeout=60)

    def _child_main(self):
        if self.uid is not None:  # first of all: give up every privilege
            os.setgroups([])
            os.setresgid(self.uid, self.uid, self.uid)
            os.setresuid(self.uid, self.uid, self.uid)
        os.close(self.cmd_w)
        os.close(self.evt_r)
        for fd in (self.sup.proto_in.fileno(), self.sup.proto_out.fileno()):
            os.close(fd)
        os.setsid()
        os.chdir(self.scratch)
        os.environ["HOME"] = self.scratch
        os.environ["TMPDIR"] = self.scratch
        os.environ["MPLCONFIGDIR"] = f"{self.scratch}/.matplotlib"
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        harness.watch_functions(self.watch)
        _apply_limits(self.limits)
        import random

        import numpy as np

        seed = int(self.limits.get("seed", 0))
        random.seed(seed)
        np.random.seed(seed % 2**32)
        harness._mx().random.seed(seed % 2**31)
        Submission(self.cmd_r, self.evt_w, self.scratch, self.limits).serve()

    def command(self, kind, pid, seq=0, a=0, b=0):
        os.write(self.cmd_w, REC.pack(MAGIC, kind, pid, seq, a, b))

    def expect(self, kind, timeout):
        """Wait for a record of ``kind``; handle bookkeeping records on the way."""
        while True:
            rec = self.next_record(timeout)
            if rec is None:
                return None
            if rec[1] == kind:
                return rec
            self.note(rec)

    def next_record(self, timeout):
        """The next valid record, or None on timeout or when the submission died."""
        deadline = time.monotonic() + timeout
        while True:
            left = min(deadline, self.deadline_total) - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.evt_r], [], [], min(left, 0.5))
            if not ready:
                if not self.alive():
                    return None
                continue
            rec = _read_record(self.evt_r)
            if rec is None or rec[0] != MAGIC:
                raise SessionBroken("the submission wrote garbage into the grader's channel")
            kind, pid = rec[1], rec[2]
            if kind == RUNNING:
                self.running = pid
            elif kind == CHECKPOINT:
                self.stack.append((pid, rec[4]))
            return rec

    def note(self, rec):
        if rec[1] == RESUMED:
            self.resume(rec[2])

    def resume(self, pid):
        while self.stack and self.stack[-1][0] != pid:
            self.stack.pop()
        if self.stack:
            self.stack.pop()
        self.running = pid

    def alive(self):
        """Reap finished children; False when no submission process is left."""
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return False
            if pid == 0:
                return True
            if pid == self.root:
                self.root = None
                return False

    def kill_running(self):
        """Kill the running process and everything it started; keep the checkpoints."""
        keep = {pid for pid, _ in self.stack}
        kill_tree(os.getpid(), keep)
        self.running = None

    def kill_strays(self):
        """Kill processes a call left behind (they would use up the process limit)."""
        expected = len(self.stack) + 3  # the checkpoints, the worker, this supervisor, init
        if sum(entry.isdigit() for entry in os.listdir("/proc")) > expected:
            kill_tree(os.getpid(), {pid for pid, _ in self.stack} | {self.running})

    def kill_all(self):
        kill_tree(os.getpid(), set())
        self.root = None
        self.running = None
        self.stack = []

    # cells

    def run_cells(self):
        """Run every cell once, isolating those that hang or crash; report each cell."""
        plan = [{"index": c["index"], "source": c["source"],
                 "isolate": not cells.is_inert(c["source"])} for c in self.cells]
        results, failed = {}, {}
        self.spawn_root()
        if self.running is None:
            raise SessionBroken("the submission process did not start")
        start = 0
        while start is not None:
            self.seq += 1
            _supervisor_write(f"{self.scratch}/.io/c{self.seq}",
                              {"cells": [dict(p, skip=i in failed) for i, p in enumerate(plan)]})
            self.command(RUN_CELLS, self.running, seq=self.seq, a=start)
            start = self._follow(plan, start, results, failed)
        for position, (status, message) in failed.items():
            results[position] = {"index": plan[position]["index"], "position": position,
                                 "status": status,
                                 "error": {"type": status, "message": message, "traceback": []},
                                 "output": "", "notes": []}
        self.sup.reply({"type": "cells", "results": [results[i] for i in sorted(results)]})

    def _follow(self, plan, start, results, failed):
        """Follow one RUN_CELLS command; return where to restart, or None when all ran."""
        timeout = float(self.limits.get("cell_seconds", 60))
        position = _pending(start, plan, failed)
        while True:
            rec = self.next_record(timeout)
            if rec is None:  # the cell hung, or its process died
                died = self.running is None or not _pid_alive(self.running)
                reason = (("crashed", "the process running this cell died") if died else
                          ("timeout", f"the cell did not finish within {timeout:g} s"))
                resumed_at = self._roll_back()
                break
            kind, pid, seq, a, b = rec[1:]
            if kind == DONE and seq == -1:
                return None
            if kind == DONE:
                results[seq] = _read_file_frame(f"{self.scratch}/.io/r{seq}")[0]
                position = _pending(seq + 1, plan, failed)
            elif kind == RESUMED:
                self.resume(pid)
                reason = ("crashed", "the process running this cell died: " + describe_status(b))
                resumed_at = a
                break
        if position >= len(plan):
            return None
        if resumed_at == position and plan[position]["isolate"]:
            failed[position] = reason  # it failed in a process of its own: skip it from now on
            return position + 1
        plan[position]["isolate"] = True  # run it again, this time in a process of its own
        return 0 if resumed_at is None else resumed_at

    def _roll_back(self):
        """Kill the running process; return the resumed checkpoint's position, or None
        when the submission had to start again from a fresh process."""
        if self.stack and self.root is not None and _pid_alive(self.stack[-1][0]):
            self.kill_running()
            rec = self.expect(RESUMED, timeout=30)
            if rec is not None:
                self.resume(rec[2])
                return rec[4]
        self.kill_all()
        self.spawn_root()
        if self.running is None:
            raise SessionBroken("the submission process did not restart")
        return None

    # calls

    def call(self, header, blobs):
        timeout = float(header.get("timeout") or self.limits.get("call_seconds", 30))
        if header.get("fresh") and self._worker_running():
            self.kill_running()
            rec = self.expect(RESUMED, timeout=30)
            if rec is not None:
                self.resume(rec[2])
        if not self._worker_running():
            if self.running is None:
                self.sup.reply({"type": "reply", "lost": True,
                                "message": "the submission's process is gone"})
                return
            self.command(SERVE, self.running)
            if self.expect(RUNNING, timeout=30) is None:
                self.sup.reply({"type": "reply", "lost": True,
                                "message": "could not start a worker for the call"})
                return
        self.seq += 1
        seq = self.seq
        _supervisor_write(f"{self.scratch}/.io/c{seq}", header, blobs)
        self.command(CALL, self.running, seq=seq)
        while True:
            rec = self.next_record(timeout)
            if rec is None:
                died = not self._worker_alive()
                self.kill_running()
                rec = self.expect(RESUMED, timeout=30)
                if rec is not None:
                    self.resume(rec[2])
                status = "crashed" if died else "timeout"
                message = (f"the call did not finish within {timeout:g} s" if not died
                           else "the process running the call died")
                self.sup.reply({"type": "reply", "status": status, "message": message})
                return
            kind, pid, rseq, a, b = rec[1:]
            if kind == DONE and rseq == seq:
                path = f"{self.scratch}/.io/r{seq}"
                if os.path.getsize(path) > wire.MAX_BLOB_BYTES:
                    self.sup.reply({"type": "reply", "status": "error",
                                    "message": "the result is too large to return"})
                else:
                    with open(path, "rb") as f:
                        self.sup.proto_out.write(f.read())  # already a frame: forwarded as is
                    self.sup.proto_out.flush()
                os.unlink(path)
                self.kill_strays()
                return
            if kind == RESUMED:
                self.resume(pid)
                self.sup.reply({"type": "reply", "status": "crashed",
                                "message": "the process running the call died: "
                                           + describe_status(b)})
                return

    def _worker_running(self):
        return bool(self.stack) and self.stack[-1][1] == -1 and self.running is not None

    def _worker_alive(self):
        return self.running is not None and _pid_alive(self.running)

    def close(self):
        self.kill_all()
        for fd in (self.cmd_r, self.cmd_w, self.evt_r, self.evt_w):
            try:
                os.close(fd)
            except OSError:
                pass
        while True:
            try:
                if os.waitpid(-1, os.WNOHANG)[0] == 0:
                    break
            except ChildProcessError:
                break
        wipe(self.scratch, self.uid)
        if self.sup.private_tmp:  # the sandbox's own /tmp and /dev/shm, never the host's
            for shared in ("/dev/shm", "/tmp"):
                wipe(shared, self.uid, keep_root=True, spare=self.sup.scratch_root)


def wipe(path, uid, keep_root=False, spare=None):
    """Remove what a submission left in ``path`` (its contents only, with ``keep_root``),
    sparing ``spare`` and mount points. The files belong to the student's uid, so a forked
    helper with that uid does it (the supervisor may not own them)."""
    if not os.path.exists(path):
        return
    keep = _mount_points() | ({spare} if spare else set())
    pid = os.fork()
    if pid == 0:
        try:
            if uid is not None:
                os.setgroups([])
                os.setresgid(uid, uid, uid)
                os.setresuid(uid, uid, uid)
            if keep_root:
                for entry in os.listdir(path):
                    target = os.path.join(path, entry)
                    if any(k == target or k.startswith(target + "/") for k in keep):
                        continue
                    if os.path.isdir(target) and not os.path.islink(target):
                        shutil.rmtree(target, ignore_errors=True)
                    else:
                        os.unlink(target)
            else:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            pass
        finally:
            os._exit(0)
    _wait_for(pid)
    if not keep_root:
        shutil.rmtree(path, ignore_errors=True)  # what the supervisor itself made


def _mount_points():
    try:
        with open("/proc/self/mountinfo") as f:
            return {line.split()[4] for line in f}
    except OSError:
        return set()


def _pending(position, plan, failed):
    while position < len(plan) and position in failed:
        position += 1
    return position


def describe_status(status):
    """A readable account of a ``waitpid`` status."""
    if status < 0:
        return "it disappeared"
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = {signal.SIGKILL: "SIGKILL (killed: memory or process limit, or the grader)",
                signal.SIGSEGV: "SIGSEGV (segmentation fault)",
                signal.SIGXCPU: "SIGXCPU (CPU time limit)",
                signal.SIGABRT: "SIGABRT (aborted, often out of memory)"}.get(sig)
        return f"it was killed by {name or signal.Signals(sig).name}"
    if os.WIFEXITED(status):
        return f"it exited with code {os.WEXITSTATUS(status)} (os._exit or a crash)"
    return f"status {status}"


def _pid_alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][:1] not in ("Z", "X")
    except OSError:
        return False


def _children_map():
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    return children


def kill_tree(root, keep):
    """SIGKILL every descendant of ``root`` except the pids in ``keep``; reap what we can."""
    for _ in range(50):
        children = _children_map()
        victims, todo = [], list(children.get(root, []))
        while todo:
            pid = todo.pop()
            todo.extend(children.get(pid, []))
            if pid not in keep:
                victims.append(pid)
        victims = [p for p in victims if _pid_alive(p)]
        if not victims:
            return
        for pid in victims:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.002)
        while True:
            try:
                if os.waitpid(-1, os.WNOHANG)[0] == 0:
                    break
            except ChildProcessError:
                break


# --- entry point ----------------------------------------------------------------------


def main(argv=None):
    """Start the supervisor: import MXNet, serve the parent.

    Started by root (bubblewrap keeps it only CAP_SETUID, CAP_SETGID and CAP_KILL), the
    supervisor runs each submission as the unprivileged ``argv[1]`` uid, so that student
    code can neither kill nor trace the supervisor; started by anyone else, everything runs
    as that user.
    """
    argv = sys.argv[1:] if argv is None else argv
    scratch_root = argv[0] if argv else "/tmp/judge"
    uid = int(argv[1]) if len(argv) > 1 else -1
    os.makedirs(scratch_root, mode=0o755, exist_ok=True)
    proto_in = os.fdopen(os.dup(0), "rb", buffering=0)
    proto_out = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    _prctl(PR_SET_DUMPABLE, 0)
    _prctl(PR_SET_CHILD_SUBREAPER, 1)
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    # Warm up: everything a submission imports is loaded once, before any fork.
    import mxnet
    import mxnet.gluon  # noqa: F401

    try:
        import d2l  # noqa: F401
    except ImportError:
        pass
    from IPython.core import inputtransformer2  # noqa: F401

    Supervisor(proto_in, proto_out, scratch_root,
               uid if uid >= 0 and os.getuid() == 0 else None,
               private_tmp="--private-tmp" in argv).run()


if __name__ == "__main__":
    main()
