"""The process inside the sandbox: a warm supervisor that runs each submission in a fork.

The supervisor imports MXNet once and never runs student code. For each submission the
parent sends, it forks one process, which gives up every privilege, installs the seccomp
filter (it can create no process, see ``seccomp.py``), arms the guard (the sealed record of
what ran, see ``guard.py``) and only then runs the notebook's cells and the parent's calls.

The two talk through two pipes of fixed-size records and through files in a directory of
the supervisor's: the supervisor writes each request into a file it created and creates
the file the answer goes into, and it reads back at most one bounded frame from that very
file (same inode, a regular file, never followed through a link). Everything the
submission's process says is checked: a record it was not asked for, a malformed file or
a record of the guard that is missing, forged or out of order ends the submission as
tampering (``SessionBroken``), and the parent discards this sandbox.

When a cell or call hangs or kills its process, the supervisor kills it, starts a fresh
process and runs the cells again, skipping the ones that failed: the failure costs only
that cell or call. A process killed from outside (by a signal nothing it did explains,
see ``Session._death``) is no failure of the submission: it is lost, to be graded again.
"""

import ctypes
import os
import resource
import select
import signal
import stat
import struct
import sys
import time

from . import cells, guard, harness, seccomp, wire

REC = struct.Struct(">4sIqqqq")  # magic, kind, pid, seq, a, b  (44 bytes: written atomically)
MAGIC = b"D2LJ"

# records the submission's process sends to the supervisor
READY, CELL_DONE, CELLS_DONE, CALL_DONE = 1, 2, 3, 4
# commands the supervisor sends
RUN_CELLS, CALL, STOP = 11, 12, 13

MAX_REPLY_BYTES = 72 << 20  # one call's reply file: header and arrays
MAX_CELL_BYTES = 1 << 20  # one cell's result file
ATTEST_SECONDS = 15.0

PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36


def _prctl(option, value):
    try:
        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux
        pass


# --- the submission's side ------------------------------------------------------------


class Submission:
    """The process that owns the submission's namespace (untrusted once cells run)."""

    def __init__(self, cmd_fd, evt_fd, scratch, io, limits):
        self.cmd_fd = cmd_fd
        self.evt_fd = evt_fd
        self.scratch = scratch
        self.io = io
        self.limits = limits
        self.namespace = cells.new_namespace()

    def send(self, kind, seq=0, a=0, b=0):
        os.write(self.evt_fd, REC.pack(MAGIC, kind, os.getpid(), seq, a, b))

    def serve(self):
        self.send(READY)
        while True:
            data = _read_record_blocking(self.cmd_fd)
            if data is None:
                os._exit(0)
            magic, kind, _pid, seq, a, _b = data
            if magic != MAGIC:
                continue
            if kind == RUN_CELLS:
                self.run_cells(seq, a)
            elif kind == CALL:
                self.call(seq)
            elif kind == STOP:
                os._exit(0)

    def run_cells(self, seq, start):
        header, _ = _read_own_frame(f"{self.io}/c{seq}")
        stubs = {}
        for position, item in enumerate(header["cells"]):
            if position >= start and not item["skip"]:
                self.exec_cell(position, item)
                if item.get("stub"):
                    stubs[item["stub"]] = self._binding(item["stub"])
        # The stubs that the names still run once every cell has run: their exercises
        # are not attempted (nobody can gain by claiming so: they score nothing).
        untouched = [name for name, bound in stubs.items()
                     if cells.same_binding(bound, self._binding(name))]
        try:
            _write_into(f"{self.io}/stubs{seq}", {"untouched": untouched})
        except OSError:  # beyond the file-size limit: the checks run as for any answer
            pass
        self.send(CELLS_DONE, seq=seq)

    def _binding(self, name):
        try:
            return cells.binding(self.namespace, name)
        except BaseException:  # noqa: BLE001 - student objects may raise anything
            return None

    def exec_cell(self, position, item):
        capture = cells.Capture(f"{self.scratch}/.cell-output")
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
        _write_into(f"{self.io}/cell{position}", result)
        self.send(CELL_DONE, seq=position)

    def call(self, seq):
        header, blobs = _read_own_frame(f"{self.io}/c{seq}")
        if header.get("attest"):
            reply, reply_blobs = harness.attest(header["nonce"]), []
        else:
            reply, reply_blobs = harness.call(self.namespace, header, blobs, self.scratch)
        try:
            _write_into(f"{self.io}/r{seq}", reply, reply_blobs)
        except OSError:  # beyond the file-size limit: say so, with the record
            _write_into(f"{self.io}/r{seq}", {
                "type": "reply", "status": "error", "record": reply.get("record", ""),
                "message": "the result is too large to return"})
        self.send(CALL_DONE, seq=seq)


def _read_record_blocking(fd):
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


def _write_into(path, header, blobs=()):
    """Write a frame into a file the supervisor created (this process may not create
    files in its directory)."""
    with open(path, "r+b") as f:
        f.truncate()
        wire.write_frame(f, header, blobs)


def _read_own_frame(path):
    with open(path, "rb") as f:
        return wire.read_frame(f)


def _apply_limits(limits):
    def setlimit(which, value):
        if value is None:
            return
        _soft, hard = resource.getrlimit(which)
        value = int(value)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        try:
            resource.setrlimit(which, (value, value))
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


# --- the supervisor's side --------------------------------------------------------------


class SessionBroken(Exception):
    """The submission's process broke the protocol or the guard's record (tampering)."""


class SessionLost(SessionBroken):
    """Grading of the submission cannot go on, and it is no tampering: the parent counts
    the submission as lost (``grading_lost``), to be graded again."""


class ScratchFull(SessionLost):
    """The submission filled its scratch space."""


class Vanished(SessionLost):
    """The submission's process died of something nothing it did explains: it was killed
    from outside the grader (see ``Session._death``)."""


# A process dies of these signals for what it did itself: a fault of its code (memory
# exhausted under the address-space limit ends in SIGABRT or SIGSEGV), a limit it ran into,
# a forbidden system call, its own timer or pipe. Any other (SIGKILL short of the CPU time
# limit, SIGTERM, SIGINT, SIGHUP, ...) was sent to it.
OWN_SIGNALS = frozenset({signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGFPE,
                         signal.SIGABRT, signal.SIGSYS, signal.SIGTRAP, signal.SIGXCPU,
                         signal.SIGXFSZ, signal.SIGPIPE, signal.SIGALRM, signal.SIGVTALRM,
                         signal.SIGPROF})


class Supervisor:
    """Never runs student code: starts submissions, enforces timeouts, checks, cleans up."""

    def __init__(self, proto_in, proto_out, scratch_root, student_uid=None,
                 private_tmp=False):
        self.proto_in = proto_in
        self.proto_out = proto_out
        self.scratch_root = scratch_root
        self.private_tmp = private_tmp
        self.student_uid = student_uid  # None: submissions run as the supervisor's user
        self.session = None
        self._tables = {}

    def guard_tables(self, watch):
        """The guard's ``(watched, copies)`` for a watch list, worked out once here, where
        no student code has run (and none of the student's files can shadow a module)."""
        key = tuple(watch)
        if key not in self._tables:
            self._tables[key] = (guard.watched_codes(key), guard.copied_codes(key))
        return self._tables[key]

    def run(self):
        wire.write_frame(self.proto_out, {"type": "ready", "pid": os.getpid(),
                                          "uid": os.getuid(), "seccomp": seccomp.supported()})
        while True:
            try:
                header, blobs = wire.read_frame(self.proto_in)
            except EOFError:
                break
            kind = header.get("type")
            try:
                if kind == "begin":
                    self.end()
                    self.session = Session(self, header)
                    self.reply({"type": "cells", "results": self.session.run_all_cells()})
                elif kind == "call":
                    if self.session is None:
                        self.reply({"type": "reply", "id": header.get("id"), "lost": True,
                                    "message": "no submission is loaded"})
                    else:
                        header_out, blobs_out = self.session.call(header, blobs)
                        self.reply(header_out, blobs_out)
                elif kind == "end":
                    clean = self.end()
                    self.reply({"type": "ended", "clean": clean})
                elif kind == "shutdown":
                    break
                else:
                    self.reply({"type": "error", "message": f"unknown request {kind!r}"})
            except SessionBroken as exc:
                self.end()
                self.reply({"type": "lost" if isinstance(exc, SessionLost) else "broken",
                            "message": str(exc)})
        self.end()

    def reply(self, header, blobs=()):
        wire.write_frame(self.proto_out, header, blobs)

    def end(self):
        """Forget the submission; True when nothing of it is left behind."""
        if self.session is None:
            return True
        session, self.session = self.session, None
        return session.close()


class Session:
    """One submission: its scratch and request directories and its process."""

    def __init__(self, supervisor, header):
        self.sup = supervisor
        self.limits = header.get("limits", {})
        self.watch = header.get("watch", [])
        self.cells = header["cells"]
        supervisor.guard_tables(self.watch)  # imports what it names, before the modules are listed
        self.protect = guard.grader_modules()
        name = "".join(c for c in str(header.get("id", "submission")) if c.isalnum())[:40]
        self.scratch = f"{supervisor.scratch_root}/{name or 'submission'}"
        self.io = f"{supervisor.scratch_root}/.io-{name or 'submission'}"
        self.uid = supervisor.student_uid
        wipe([(self.scratch, False, None)], self.uid)
        wipe([(self.io, False, None)], None)
        os.makedirs(self.scratch)
        os.chmod(self.scratch, 0o777 if self.uid is not None else 0o700)
        os.makedirs(self.io)
        # Root: the submission's uid may read and fill the files made here, never add,
        # remove or replace one. Otherwise it is the same uid, and the inode check holds.
        os.chmod(self.io, 0o755 if self.uid is not None else 0o700)
        self.seq = 0
        self.pid = None
        self.key = None
        self.count = 0  # records of the guard this process has sealed so far
        self.failed = {}  # cell position -> (status, message)
        self.results = {}  # cell position -> result
        self.deadline_total = time.monotonic() + float(self.limits.get("total_seconds", 600))
        self.pipes = ()
        self.buffer = b""
        self.created = {}  # path -> (st_dev, st_ino) of the files this supervisor made

    # the submission's process

    def spawn(self):
        """Start a fresh process for the submission and wait until it is ready."""
        self.kill()
        _EXITS.clear()
        key = bytearray(os.urandom(32))
        cmd_r, cmd_w = os.pipe()
        evt_r, evt_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(cmd_w)
                os.close(evt_r)
                self._child_main(cmd_r, evt_w, key)
            finally:
                os._exit(0)
        self.key = bytes(key)
        key[:] = bytes(len(key))
        os.close(cmd_r)
        os.close(evt_w)
        os.set_blocking(cmd_w, False)
        os.set_blocking(evt_r, False)
        self.pid, self.pipes, self.buffer, self.count = pid, (cmd_w, evt_r), b"", 0
        rec = self.expect({READY}, 60)
        if rec is None:
            why = "" if _still_alive(self.pid) else f" ({self._death()})"
            raise SessionBroken(f"the submission's process did not start{why}")

    def _child_main(self, cmd_r, evt_w, key):
        for fd in (self.sup.proto_in.fileno(), self.sup.proto_out.fileno()):
            os.close(fd)
        if self.uid is not None:  # first of all: give up every privilege
            os.setgroups([])
            os.setresgid(self.uid, self.uid, self.uid)
            os.setresuid(self.uid, self.uid, self.uid)
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # (after the uid change, which clears it)
        os.setsid()
        os.chdir(self.scratch)
        sys.path.insert(0, "")  # as in a kernel: the student's own modules import
        os.environ["HOME"] = self.scratch
        os.environ["TMPDIR"] = self.scratch
        os.environ["MPLCONFIGDIR"] = f"{self.scratch}/.matplotlib"
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        _apply_limits(self.limits)
        import random

        import numpy as np

        mx = harness._mx()
        seed = int(self.limits.get("seed", 0))
        random.seed(seed)
        np.random.seed(seed % 2**32)
        mx.random.seed(seed % 2**31)
        watched, copies = self.sup.guard_tables(self.watch)
        import logging

        logging._srcfile = None  # a log record would ask for its caller's frame, which is refused
        if seccomp.supported():
            seccomp.install()
        guard.arm(bytes(key), watched, mx.base._LIB, copies=copies, protect=self.protect)
        key[:] = bytes(len(key))
        del key
        Submission(cmd_r, evt_w, self.scratch, self.io, self.limits).serve()

    def kill(self):
        """Kill the submission's process (and anything it left), close its pipes."""
        kill_tree(os.getpid(), set())
        for fd in self.pipes:
            try:
                os.close(fd)
            except OSError:
                pass
        self.pipes, self.pid = (), None
        _reap()

    def command(self, kind, seq=0, a=0):
        try:
            os.write(self.pipes[0], REC.pack(MAGIC, kind, self.pid, seq, a, 0))
        except BlockingIOError:
            raise SessionBroken("the submission's process stopped reading the grader's "
                                "commands") from None
        except OSError:
            pass  # the process is gone: the next record says so

    def next_record(self, timeout, capped=True):
        """The next record, or None on timeout or when the process died (``capped``: also
        at the end of the submission's time)."""
        deadline = time.monotonic() + timeout
        if capped:
            deadline = min(deadline, self.deadline_total)
        while len(self.buffer) < REC.size:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.pipes[1]], [], [], min(left, 0.5))
            if not ready:
                if not _pid_alive(self.pid):
                    return None
                continue
            try:
                chunk = os.read(self.pipes[1], 4096)
            except BlockingIOError:
                continue
            if not chunk:
                return None  # every writer is gone: the process died
            self.buffer += chunk
        rec, self.buffer = REC.unpack(self.buffer[:REC.size]), self.buffer[REC.size:]
        if rec[0] != MAGIC or rec[2] != self.pid:
            raise SessionBroken("the submission wrote into the grader's channel")
        return rec

    def expect(self, kinds, timeout, seq=None, capped=True):
        rec = self.next_record(timeout, capped)
        if rec is not None and (rec[1] not in kinds or (seq is not None and rec[3] != seq)):
            raise SessionBroken("the submission's process sent a record it was not asked for")
        return rec

    # files

    def make_file(self, name, header=None, blobs=()):
        """Create a file in the request directory (with a frame in it, or empty and
        writable by the submission for its answer)."""
        path = f"{self.io}/{name}"
        try:
            if os.path.lexists(path):
                os.unlink(path)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as f:
                if header is not None:
                    wire.write_frame(f, header, blobs)
                os.fchmod(f.fileno(), 0o644 if header is not None else 0o666)
                st = os.fstat(f.fileno())
        except OSError as exc:
            raise ScratchFull(f"the grader could not write its request ({exc.strerror}); "
                              "the submission's code filled its scratch space") from None
        self.created[path] = (st.st_dev, st.st_ino)
        return path

    def read_file(self, path, limit):
        """One frame from a file this supervisor made, read to at most ``limit`` bytes."""
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            raise SessionBroken("the answer file was removed or replaced") from None
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != self.created.get(path):
                raise SessionBroken("the answer file was replaced")
            if st.st_size > limit:
                return None
            data = b""
            while len(data) <= limit:
                chunk = os.read(fd, min(1 << 20, limit + 1 - len(data)))
                if not chunk:
                    break
                data += chunk
        finally:
            os.close(fd)
        if len(data) > limit:
            return None
        try:
            return wire.read_frame(_Bytes(data), max_total=limit)
        except (EOFError, wire.WireError) as exc:
            raise SessionBroken(f"the answer file is malformed ({exc})") from None

    # cells

    def run_all_cells(self):
        """Run every cell once; a cell that hangs or kills its process is skipped from
        then on. Returns one result per cell, in order."""
        self.spawn()
        self._replay(collect=True)
        for position, (status, message) in self.failed.items():
            self.results[position] = {"index": self.cells[position]["index"],
                                      "position": position, "status": status,
                                      "error": {"type": status, "message": message,
                                                "traceback": []},
                                      "output": "", "notes": []}
        return [self.results[i] for i in sorted(self.results)]

    def _replay(self, collect):
        """Run the cells in the current process (after a failure, in a fresh one, again
        from the first cell) until all have run; failures are remembered in ``failed``."""
        timeout = float(self.limits.get("cell_seconds", 60))
        while True:
            self.seq += 1
            seq = self.seq
            plan = [{"index": c["index"], "source": c["source"], "skip": i in self.failed,
                     "stub": c.get("stub")} for i, c in enumerate(self.cells)]
            self.make_file(f"c{seq}", {"cells": plan})
            for position in range(len(plan)):
                self.make_file(f"cell{position}")
            self.make_file(f"stubs{seq}")
            self.command(RUN_CELLS, seq=seq, a=0)
            position = _next(0, plan)
            while True:
                rec = self.expect({CELL_DONE, CELLS_DONE}, timeout)
                if rec is None:
                    break
                if rec[1] == CELLS_DONE:
                    if position < len(plan) or rec[3] != seq:
                        raise SessionBroken("the submission's process skipped cells")
                    if collect:
                        self._untouched(f"{self.io}/stubs{seq}", plan)
                    return
                if rec[3] != position:
                    raise SessionBroken("the submission's process reported another cell")
                if collect and position not in self.results:
                    frame = self.read_file(f"{self.io}/cell{position}", MAX_CELL_BYTES)
                    self.results[position] = _cell_result(frame, self.cells[position], position)
                position = _next(position + 1, plan)
            if position >= len(plan):  # died after the last cell: nothing of it is lost
                self.kill()  # (the next call starts a fresh process)
                return
            alive = _still_alive(self.pid)
            if time.monotonic() >= self.deadline_total:
                message = "the submission's time ran out"
            elif alive:
                message = f"the cell did not finish within {timeout:g} s"
            else:
                message = "the process running this cell died: " + self._death()
            self.failed[position] = ("timeout" if alive else "crashed", message)
            if time.monotonic() >= self.deadline_total:
                for rest in range(position + 1, len(plan)):
                    self.failed.setdefault(rest, ("timeout", message))
                self.kill()
                return
            self.spawn()

    def _untouched(self, path, plan):
        """Mark the results of the stub cells that were left as released (``"untouched"``),
        as the submission's process found them once every cell had run."""
        try:
            frame = self.read_file(path, MAX_CELL_BYTES)
        except SessionBroken:  # unreadable: then every answer is checked
            frame = None
        header = frame[0] if frame and isinstance(frame[0], dict) else {}
        names = header.get("untouched")
        names = set(n for n in names if isinstance(n, str)) if isinstance(names, list) else ()
        for position, item in enumerate(plan):
            if item["stub"] and position in self.results:
                self.results[position]["untouched"] = item["stub"] in names

    def _death(self):
        """How the submission's process (which is gone) died, in words.

        Raises :class:`Vanished` when it was killed by a signal it cannot have got for
        anything it did (see ``OWN_SIGNALS``; SIGKILL is its own doing only at the CPU time
        limit). The grader signals the process only once it has judged it hung, so such a
        signal came from outside: someone's ``kill``, the system stopping, the machine's
        out-of-memory killer. (Or the submission's own ``os.kill``, which looks the same:
        it gains nothing by it, as a lost submission scores nothing that was not checked
        yet and is graded again.)"""
        deadline = time.monotonic() + 2
        while True:
            try:
                pid, status, usage = os.wait4(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped already (``_reap``)
                if self.pid not in _EXITS:
                    return "it disappeared"
                pid, (status, usage) = self.pid, _EXITS.pop(self.pid)
            if pid:
                break
            if time.monotonic() > deadline:
                return "it stopped answering"
            time.sleep(0.01)
        if not os.WIFSIGNALED(status):
            return describe_status(status)
        sig = os.WTERMSIG(status)
        limit = self._cpu_limit()
        if sig == signal.SIGKILL and limit and usage.ru_utime + usage.ru_stime >= limit - 0.5:
            return f"it was killed at its CPU time limit ({limit:g} s)"
        if sig not in OWN_SIGNALS:
            raise Vanished(f"the submission's process was killed by {signal.Signals(sig).name}"
                           ", from outside the grader (not for anything the grader saw it do)")
        return describe_status(status)

    def _cpu_limit(self):
        """The CPU seconds the submission's processes get (``_apply_limits``)."""
        value = self.limits.get("cpu_seconds")
        hard = resource.getrlimit(resource.RLIMIT_CPU)[1]  # what they inherit
        if hard != resource.RLIM_INFINITY:
            value = min(int(value), hard) if value else hard
        return value

    def restart(self):
        """A fresh process with the cells run again (after a call killed the last one)."""
        self.spawn()
        self._replay(collect=False)

    # calls

    def call(self, header, blobs):
        """Run one call; returns the frame for the parent (always exactly one)."""
        request_id = header.get("id")
        timeout = float(header.get("timeout") or self.limits.get("call_seconds", 30))
        if self.pid is None or header.get("fresh"):
            self.restart()
        if self.pid is None:
            return {"type": "reply", "id": request_id, "lost": True,
                    "message": "the submission's process is gone"}, []
        nonce = os.urandom(16).hex()
        answer = self._exchange(dict(header, nonce=nonce), blobs, timeout, MAX_REPLY_BYTES)
        if isinstance(answer, str):
            return {"type": "reply", "id": request_id, "status": answer.split(":")[0],
                    "message": answer.split(":", 1)[1]}, []
        reply_header, reply_blobs = answer
        record = self._record(reply_header, nonce)
        # A second, fresh record right after: if anything was sealed in between (an early
        # seal, a record kept for later), its counter shows a gap, and whatever ran after
        # the call's record shows up here.
        nonce2 = os.urandom(16).hex()
        attested = self._exchange({"type": "call", "attest": True, "nonce": nonce2}, [],
                                  ATTEST_SECONDS, 1 << 16, capped=False)
        if isinstance(attested, str):
            raise SessionBroken("the submission's process did not confirm the grader's "
                                f"record ({attested.split(':', 1)[1]})")
        after = self._record(attested[0], nonce2)
        integrity = {"ops": sorted(set(record["ops"]) | set(after["outside"])),
                     "watched": sorted(set(record["watched"]) | set(after["watched_outside"])),
                     "threads": int(record.get("threads") or 0) + int(after.get("threads") or 0),
                     "taint": after["taint"]}
        out = {"type": "reply", "id": request_id, "status": reply_header.get("status", "done"),
               "message": str(reply_header.get("message", ""))[:2000],
               "reply": reply_header.get("reply"), "integrity": integrity}
        _kill_strays(self.pid)
        return out, reply_blobs

    def _exchange(self, header, blobs, timeout, limit, capped=True):
        """Send one request to the process and read its answer; returns ``(header,
        blobs)``, or ``"status:message"`` when the call hung or its process died (the
        process is then gone)."""
        self.seq += 1
        seq = self.seq
        self.make_file(f"c{seq}", header, blobs)
        path = self.make_file(f"r{seq}")
        self.command(CALL, seq=seq)
        rec = self.expect({CALL_DONE}, timeout, seq=seq, capped=capped)
        if rec is None:
            alive = _still_alive(self.pid)
            message = (f"the call did not finish within {timeout:g} s" if alive
                       else "the process running the call died: " + self._death())
            self.kill()
            return ("timeout:" if alive else "crashed:") + message
        frame = self.read_file(path, limit)
        if frame is None:
            return "error:the result is too large to return"
        os.unlink(path)
        os.unlink(f"{self.io}/c{seq}")
        return frame

    def _record(self, header, nonce):
        """The guard's record in an answer, checked: sealed with this process's key, for
        this request, next in order, and free of tampering."""
        raw = header.get("record")
        try:
            data = bytes.fromhex(raw) if isinstance(raw, str) and len(raw) < 1 << 20 else None
        except ValueError:
            data = None
        record = guard.verify(data, self.key) if data else None
        if record is None:
            raise SessionBroken("the grader's record of what ran is missing or was forged")
        if record.get("nonce") != nonce or record.get("count") != self.count + 1:
            raise SessionBroken("the grader's record of what ran is out of order (a record "
                                "was sealed, kept or reused by the submission)")
        self.count += 1
        for field in ("ops", "outside", "watched", "watched_outside", "taint"):
            if not isinstance(record.get(field), list):
                raise SessionBroken("the grader's record of what ran is incomplete")
        if record["taint"]:
            raise SessionBroken("the submission tampered with the grader: "
                                + "; ".join(map(str, record["taint"][:3])))
        return record

    def close(self):
        """Kill the submission, remove its files; True when nothing of it is left."""
        self.kill()
        root = self.sup.scratch_root
        # the scratch root too: as the same uid, a submission may write there; and the
        # sandbox's own /tmp and /dev/shm (never the host's)
        shared = [(path, True, root) for path in ("/dev/shm", "/tmp")] \
            if self.sup.private_tmp else []
        wipe([(self.scratch, False, None), (root, True, None)] + shared, self.uid)
        wipe([(self.io, False, None), (root, True, None)], None)
        clean = not os.path.exists(self.scratch) and not os.listdir(root)
        return clean and not any(_leftovers(path, spare) for path, _, spare in shared)


class _Bytes:
    """A readable view of bytes for ``wire.read_frame``."""

    def __init__(self, data):
        self.data, self.pos = data, 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk


def _cell_result(frame, cell, position):
    header = frame[0] if frame else {}
    status = header.get("status") if header.get("status") in ("ok", "error") else "error"
    error = header.get("error") if isinstance(header.get("error"), dict) else None
    result = {"index": cell["index"], "position": position, "status": status,
              "output": str(header.get("output", ""))[:cells.OUTPUT_LIMIT],
              "notes": [str(n)[:200] for n in header.get("notes", [])[:20]]
              if isinstance(header.get("notes"), list) else []}
    if status == "error":
        error = error or {"type": "error", "message": "the cell failed", "traceback": []}
        result["error"] = {"type": str(error.get("type", "error"))[:100],
                           "message": str(error.get("message", ""))[:2000],
                           "traceback": [str(t)[:500] for t in error.get("traceback", [])[:20]]
                           if isinstance(error.get("traceback"), list) else []}
    return result


def _next(position, plan):
    while position < len(plan) and plan[position]["skip"]:
        position += 1
    return position


_EXITS = {}  # pid -> (status, rusage) of processes ``_reap`` collected (since the last spawn)


def _reap():
    while True:
        try:
            pid, status, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        _EXITS[pid] = (status, usage)


def _kill_strays(pid):
    """Threads are the only helpers a submission can start; nothing else may be left."""
    kill_tree(os.getpid(), {pid})


def wipe(targets, uid):
    """Remove what a submission left in each of ``targets``, ``(path, keep_root, spare)``:
    its contents only with ``keep_root``, sparing ``spare`` and mount points. The files
    belong to the student's uid, so a forked helper with that uid does it, one for all the
    targets (a fork of the supervisor takes milliseconds); directories the submission made
    unreadable are opened up first. Without a uid of its own (``uid`` None) the submission
    ran as the supervisor's user, and the supervisor removes its files itself."""
    targets = [t for t in targets if os.path.lexists(t[0])]
    if not targets:
        return
    mounts = _mount_points()

    def remove_all():
        for path, keep_root, spare in targets:
            if keep_root:
                keep = mounts | ({spare} if spare else set())
                for entry in _listdir(path):
                    target = os.path.join(path, entry)
                    if not any(k == target or k.startswith(target + "/") for k in keep):
                        _remove(target)
            else:
                _remove(path)

    if uid is None:
        remove_all()
        return
    pid = os.fork()
    if pid == 0:
        try:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
            remove_all()
        finally:
            os._exit(0)
    while True:
        try:
            os.waitpid(pid, 0)
            break
        except ChildProcessError:
            break
        except InterruptedError:
            continue
    for path, keep_root, _ in targets:
        if not keep_root:
            _remove(path)  # what the supervisor itself made


def _listdir(path):
    try:
        return os.listdir(path)
    except PermissionError:
        try:
            os.chmod(path, 0o700)
            return os.listdir(path)
        except OSError:
            return []
    except OSError:
        return []


def _remove(path):
    try:
        st = os.lstat(path)
    except OSError:
        return
    if stat.S_ISDIR(st.st_mode):
        try:
            os.chmod(path, 0o700)
        except OSError:
            pass
        for entry in _listdir(path):
            _remove(os.path.join(path, entry))
        try:
            os.rmdir(path)
        except OSError:
            pass
    else:
        try:
            os.unlink(path)
        except OSError:
            pass


def _leftovers(path, spare):
    keep = _mount_points() | {spare}
    try:
        entries = os.listdir(path)
    except OSError:
        return False
    return any(not any(k == os.path.join(path, e) or k.startswith(os.path.join(path, e) + "/")
                       for k in keep) for e in entries)


def _mount_points():
    try:
        with open("/proc/self/mountinfo") as f:
            return {line.split()[4] for line in f}
    except OSError:
        return set()


def describe_status(status):
    """A readable account of a ``waitpid`` status."""
    if status < 0:
        return "it disappeared"
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = {signal.SIGKILL: "SIGKILL (killed)",
                signal.SIGSEGV: "SIGSEGV (segmentation fault)",
                signal.SIGXCPU: "SIGXCPU (CPU time limit)",
                signal.SIGABRT: "SIGABRT (aborted: out of memory, or arrays put on a GPU, "
                                "mx.gpu(), which the grader's machine may not have: use "
                                "mx.cpu() or the context you are given)",
                signal.SIGSYS: "SIGSYS (a forbidden system call)"}.get(sig)
        return f"it was killed by {name or signal.Signals(sig).name}"
    if os.WIFEXITED(status):
        return f"it exited with code {os.WEXITSTATUS(status)} (os._exit or a crash)"
    return f"status {status}"


def _pid_alive(pid):
    if pid is None:
        return False
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][:1] not in ("Z", "X")
    except OSError:
        return False


def _still_alive(pid, grace=1.0):
    """Whether ``pid`` lives on after a short grace (a crashing process may take a moment
    in MXNet's signal handler, printing its stack)."""
    deadline = time.monotonic() + grace
    while _pid_alive(pid):
        if time.monotonic() >= deadline:
            return True
        time.sleep(0.02)
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
            _reap()
            return
        for pid in victims:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.002)
        _reap()


def _limit_self():
    """The supervisor's own limits: a bug or a flood cannot take the machine (soft limits,
    so that the submission's process may set its own)."""
    for which, value in ((resource.RLIMIT_AS, _vm_size() + (2 << 30)),
                         (resource.RLIMIT_NOFILE, 512), (resource.RLIMIT_CORE, 0)):
        try:
            _soft, hard = resource.getrlimit(which)
            resource.setrlimit(which, (value if hard == resource.RLIM_INFINITY
                                       else min(value, hard), hard))
        except (ValueError, OSError):
            pass


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
    parent = os.getppid()
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # nothing outlives the grader (also unsandboxed)
    if os.getppid() != parent:
        os._exit(1)
    _prctl(PR_SET_DUMPABLE, 0)
    _prctl(PR_SET_CHILD_SUBREAPER, 1)
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    # Warm up: everything a submission imports is loaded once, before any fork.
    import mxnet
    import mxnet.gluon

    try:
        import d2l  # noqa: F401
    except ImportError:
        pass
    from IPython.core import inputtransformer2  # noqa: F401

    # What is made on first use is made here, once, rather than in every submission's
    # process: IPython compiles its patterns at the first cell with a magic (50 ms there,
    # under the guard's profile function), MXNet sets up its random generators at the
    # first seed (6 ms). Each submission's process seeds them again with its own seed.
    cells.transform("%matplotlib inline\n")
    mxnet.random.seed(0)
    _limit_self()
    Supervisor(proto_in, proto_out, scratch_root,
               uid if uid >= 0 and os.getuid() == 0 else None,
               private_tmp="--private-tmp" in argv).run()


if __name__ == "__main__":
    main()

