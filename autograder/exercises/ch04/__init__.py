"""Chapter 4 (深度学习计算): ``from d2l.selfcheck.ch04 import check`` in its notebook.

Several checks drive the student's object through probes (``HELPERS`` of the public
modules, run in the sandbox). Student code shares that process and could replace a probe
with one that reports made-up results, so the checks verify in the sealed record of what
ran that the grader's own probe ran (as chapter 8 does). A function is in that record when
some exercise of the chapter forbids it: each exercise forbids the probes of the others
(``other_probes``). A submission that wraps the genuine probe and edits what it returns is
caught by ``check_caller`` (the tripwire ``called_by_student`` then shows in the
record); one that also forges the caller's frame or patches the harness is not.
"""

from d2l.selfcheck import checker

check = checker("ch04")

_PUBLIC = "d2l.selfcheck.ch04.{}.public.probe"
#: exercise -> the qualified name of the probe its checks run
PROBES = {name: _PUBLIC.format(name)
          for name in ("MySequential", "FancyMLP", "MyInit", "deferred_shapes",
                       "save_and_load", "clone_params", "to_ctx", "try_gpu")}


#: a function the probes call when student code, not the grader, called them (see below)
TRIPWIRE = "d2l.selfcheck.ch04.called_by_student"


def other_probes(name):
    """The probes of the chapter's other exercises (forbidden in exercise ``name``); an
    exercise without a probe also forbids ``TRIPWIRE``, which puts it in the record."""
    probes = set(PROBES.values()) - {PROBES.get(name)}
    return tuple(sorted(probes | ({TRIPWIRE} if name not in PROBES else set())))


def called_by_student():
    """Runs (and so shows in the sealed record) when a probe was called by the submission's
    code, e.g. a wrapper that edits what the genuine probe returns."""


def check_caller():
    """Called first by each probe: the probe must be called by the sandbox's harness
    (``harness.call``) or by a public check of this chapter; otherwise the tripwire runs.
    The frames come from a traceback (no patchable function is asked); code that breaks
    this makes the probe raise, which scores nothing."""
    try:
        1 / 0  # noqa: B018 - raised for its traceback
    except ZeroDivisionError as exc:
        caller = exc.__traceback__.tb_frame.f_back.f_back  # this, the probe, its caller
    code = caller.f_code
    here = __file__.rpartition("/")[0] + "/"
    if not ((code.co_name == "call" and code.co_filename.endswith("/child/harness.py"))
            or code.co_filename.startswith(here)):
        called_by_student()
