"""The hidden checks run inside the student's kernel: the stock nbgrader path.

A source notebook's test cells end with::

    ### BEGIN HIDDEN TESTS
    from autograder.inkernel import hidden_checks
    hidden_checks("ch03", "softmax", globals())
    ### END HIDDEN TESTS

so that plain ``nbgrader autograde`` (which executes every cell in the student's kernel)
runs the very checks the sandboxed judge runs, prints their messages and returns the
exercise's score as the cell's value, which nbgrader records as partial credit. It gives
the same scores as the judge for honest submissions, without the judge's protection:
student code shares the process with the checks. Courses should configure ``nbgrader
autograde`` to use the judge (``nbgrader_config.py``); this path exists for the stock
setup and for comparing the two.
"""

import os
import tempfile

from . import checking, scoring
from .child import guard, harness
from .config import REPO_ROOT
from .notebook import load_assignment
from .sandbox import call_request, decode_reply

_GUARD = {}  # the key of the guard armed in this kernel


class InKernel:
    """The judge's child interface, run in this process on this namespace (no isolation:
    the guard's record is read here as the supervisor reads it, without its checks of
    order)."""

    def __init__(self, namespace, watch=()):
        self.namespace = namespace
        self.scratch = tempfile.mkdtemp(prefix="d2l-inkernel-")
        if "key" not in _GUARD:
            _GUARD["key"] = os.urandom(32)
            guard.arm(_GUARD["key"], guard.watched_codes(watch), harness._mx().base._LIB,
                      strict=False, copies=guard.copied_codes(watch))

    def call(self, target, args=(), kwargs=None, options=None, payload=None, timeout=None,
             fresh=False):
        request, blobs = call_request(target, args, kwargs, options, payload)
        nonce = os.urandom(16).hex()
        header, reply_blobs = harness.call(self.namespace, dict(request, nonce=nonce), blobs,
                                           self.scratch)
        record = guard.verify(bytes.fromhex(header.get("record", "")), _GUARD["key"]) or {}
        if record.get("nonce") != nonce or record.get("taint"):
            header = {"status": "tampered",
                      "message": "the grader's record of what ran is missing or was changed"}
        header["integrity"] = {"ops": record.get("ops", []),
                               "watched": record.get("watched", [])}
        return decode_reply(header, reply_blobs)


def hidden_checks(assignment, exercise, namespace, course=None, seed=0):
    """Run one exercise's hidden checks on ``namespace``; print the feedback; return the
    score (nbgrader reads a test cell's numeric value as partial credit)."""
    root = course or REPO_ROOT
    spec = load_assignment(root, assignment).exercise(exercise)
    forbidden = checking.load_forbidden(assignment)
    funcs = sorted({f for rule in forbidden.values() for f in rule.funcs})
    outcomes, errors = checking.run_checks(InKernel(namespace, funcs), assignment, [exercise],
                                           seed)
    result = scoring.score_exercise(spec, outcomes)
    for message in errors + result.messages:
        print(message)
    print(f"{exercise}: {result.score:g} / {result.max_score:g} ({result.status})")
    return result.score
