"""The course's grading lock: one ``nbgrader autograde`` at a time on a gradebook.

nbgrader's autograde is not safe to run twice at once on one gradebook (both would create
the same submission rows), and a course has several ways to start one: class runs
(``python -m autograder autograde``), a plain ``nbgrader autograde``, and the formgrader's
Autograde button, which builds nbgrader's ``Autograde`` itself. All of them take the lock
file ``.grading.lock`` in the course root, so the later one waits for the earlier one.
"""

import contextlib
import fcntl
import os
import threading
from pathlib import Path

LOCK = ".grading.lock"

_lent = set()  # course roots whose lock this process holds for a class run
_threads = {}  # course root -> lock for the threads of this process (the formgrader's)
_guard = threading.Lock()


@contextlib.contextmanager
def hold(root, say=None, who="a grading run", lend=False):
    """Hold the lock of the course at ``root`` (waiting for whoever holds it, after saying
    so through ``say``). ``lend``: a class run lends it to the ``nbgrader autograde`` it
    runs in this process, which then does not wait for it."""
    root = str(Path(root).resolve())
    if root in _lent and not lend:
        yield
        return
    with _guard:
        in_process = _threads.setdefault(root, threading.Lock())
    with in_process, open(Path(root) / LOCK, "a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            holder = f.read().strip() or "another process"
            if say:
                say(f"waiting for the grading run already under way ({holder}) to finish")
            fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()}, {who}\n")
        f.flush()
        if lend:
            _lent.add(root)
        try:
            yield
        finally:
            _lent.discard(root)


def serialise_autograde():
    """Make every ``Autograde`` run of this process (the formgrader's button, ``nbgrader
    autograde``) hold the course's lock. nbgrader offers no class to configure for it: the
    formgrader constructs ``Autograde`` directly, so its ``start`` is wrapped."""
    from nbgrader.converters.autograde import Autograde

    if getattr(Autograde.start, "holds_the_course_lock", False):
        return
    start = Autograde.start

    def locked_start(self):
        with hold(self.coursedir.root, say=self.log.info, who="nbgrader autograde"):
            return start(self)

    locked_start.holds_the_course_lock = True
    Autograde.start = locked_start
