"""Judge results of a class, one file per submission, safe to interrupt and resume.

A result is stored as ``judge_results/<assignment>/<student>/<notebook>.json`` in the
course directory, written atomically, with a key made of the submitted file's SHA-256 and
a fingerprint of what grading depends on (the source notebook, the limits, every file of
the judge and of ``d2l``, the hidden checks, MXNet's version: see ``fingerprint``). A
stored result whose key still matches is reused (unless the grader lost that submission,
see ``RETRIED_FLAGS``), so a class grading that was interrupted (Ctrl-C, ``kill -9``)
resumes where it stopped: nothing is graded twice and the gradebook ends up as if nothing
had happened, and a change to anything a grade depends on grades the class again. Each
submission's secret seed is derived from a per-course secret, so regrading gives the same
grade.
"""

import functools
import hashlib
import hmac
import json
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

from .config import PACKAGE_DIR, REPO_ROOT, load_config

RESULTS_DIR = "judge_results"
SECRET_FILE = ".judge_secret"


def result_path(root, assignment, student, notebook):
    """Where the result of ``submitted/<student>/<assignment>/<notebook>`` is stored."""
    return Path(root) / RESULTS_DIR / assignment / student / f"{Path(notebook).stem}.json"


def course_secret(root):
    """The course's grading secret (created once, kept out of version control)."""
    path = Path(root) / SECRET_FILE
    if not path.exists():
        # written whole, then linked into place: a concurrent reader never sees it empty
        fd, tmp = tempfile.mkstemp(dir=root, prefix=".tmp-secret-")
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
        try:
            os.link(tmp, path)  # fails if another process made the secret first
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
    secret = path.read_text().strip()
    if not secret:
        raise RuntimeError(f"{path} is empty: put a long random string in it (or delete it "
                           "before any grading to get a new one)")
    return secret


def submission_seed(root, assignment, student):
    """A secret seed for one student's assignment: stable across reruns, unguessable."""
    digest = hmac.new(course_secret(root).encode(), f"{assignment}/{student}".encode(),
                      hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") >> 1


# What a grade depends on besides the submission, as whole folders (so that no file the
# grade depends on can be forgotten when the judge's layout changes): the judge's package
# (its hidden checks, references, stand-ins, registry, sandbox and scoring) and the course's
# ``d2l`` library (mounted in the sandbox; its ``compare`` and ``selfcheck`` are used by the
# checks).
JUDGE_DIR = PACKAGE_DIR
D2L_DIR = REPO_ROOT / "d2l"
VERSIONED = ("mxnet", "numpy")  # the distributions whose version is part of the key
SETTLED_NS = 2_000_000_000  # files changed this recently are hashed again next time

_fingerprints = {}  # (root, assignment, dirs) -> (signature, fingerprint): see fingerprint()


def _tree(label, folder):
    """``(name, path, stat)`` of every file under ``folder``, by name (caches left out)."""
    found, todo = [], [(str(folder), label)]
    while todo:
        top, prefix = todo.pop()
        try:
            entries = list(os.scandir(top))
        except OSError:  # missing (or removed meanwhile)
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(".") or name == "__pycache__" or name.endswith((".pyc", ".pyo")):
                continue
            try:
                if entry.is_dir():
                    todo.append((entry.path, f"{prefix}/{name}"))
                else:
                    found.append((f"{prefix}/{name}", entry.path, entry.stat()))
            except OSError:
                continue
    return sorted(found, key=lambda item: item[0])


@functools.lru_cache(maxsize=None)
def _versions():
    from importlib import metadata

    out = {"python": sys.version}
    for name in VERSIONED:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def fingerprint(root, assignment):
    """What a grade of this assignment depends on besides the submission: every file of
    the judge's package and of ``d2l``, the hidden checks when they live elsewhere, the
    source notebook, the limits, and the versions of MXNet and NumPy.

    Called for every submission, it hashes the files again only when one of them changed
    (or was added or removed) since the last call in this process: their sizes, inodes and
    change times make the signature of the last result, which is kept only once every file
    is older than ``SETTLED_NS`` (a file changed twice within one tick of the clock cannot
    keep a stale result)."""
    root = Path(root)
    settings = load_config(root)
    judge, d2l = Path(JUDGE_DIR).resolve(), Path(D2L_DIR).resolve()
    source = root / settings.source_dir / assignment / f"{assignment}.ipynb"
    files = _tree("judge", judge) + _tree("d2l", d2l)
    checks = Path(settings.checks_dir).resolve() if settings.checks_dir else judge
    if not checks.is_relative_to(judge):  # hidden checks of the course's own
        files += _tree("checks", checks)
    try:
        files.append(("source", str(source), os.stat(source)))
    except OSError:
        files.append(("source", str(source), None))
    settings_json = json.dumps({"limits": settings.limits(), "versions": _versions()},
                               sort_keys=True)
    signature = (settings_json, tuple(
        (name, st and (st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns))
        for name, _path, st in files))
    cache_key = (str(root.resolve()), assignment, str(judge), str(d2l))
    cached = _fingerprints.get(cache_key)
    if cached is not None and cached[0] == signature:
        return cached[1]
    started = time.time_ns()
    digest = hashlib.sha256(settings_json.encode())
    for name, path, st in files:
        try:
            data = Path(path).read_bytes() if st is not None else None
        except OSError:
            data = None
        digest.update(f"\0{name}\0{-1 if data is None else len(data)}\0".encode())
        digest.update(data or b"")
    value = digest.hexdigest()[:16]
    newest = max((max(st.st_mtime_ns, st.st_ctime_ns) for _n, _p, st in files if st),
                 default=0)
    if newest < started - SETTLED_NS:
        _fingerprints[cache_key] = (signature, value)
    else:
        _fingerprints.pop(cache_key, None)
    return value


def key_of(data, root, assignment):
    return f"{hashlib.sha256(data).hexdigest()}:{fingerprint(root, assignment)}"


# Results the grader did not finish (its sandbox broke, a check could not run): they are
# kept for the report but graded again by the next run, so a passing fault of the grading
# machine does not stand as a student's grade.
RETRIED_FLAGS = ("grading_lost", "grader_error")


def load(path, key):
    """The stored record if it is for this key and final, else None."""
    try:
        record = json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("key") != key:
        return None
    flags = (record.get("result") or {}).get("flags", [])
    return None if any(f.get("code") in RETRIED_FLAGS for f in flags) else record


def save(path, record):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    with os.fdopen(fd, "w") as f:
        json.dump(record, f, ensure_ascii=False, indent=1)
    os.replace(tmp, path)


def grade_record(grader, path, assignment, student, key, seed):
    """Grade one file into a record: a result, or the reason it could not be graded."""
    import time

    from .notebook import NotGradable

    started = time.monotonic()
    try:
        result = grader.grade(path, assignment, seed=seed)
    except NotGradable as exc:
        return {"key": key, "student": student, "assignment": assignment,
                "status": "not_gradable", "reason": str(exc), "result": None}
    return {"key": key, "student": student, "assignment": assignment, "status": "graded",
            "result": result.to_json(), "seconds": round(time.monotonic() - started, 3)}


def load_or_grade(root, assignment, student, submitted, get_grader):
    """The stored result for this exact file, or a fresh one (then stored)."""
    data = Path(submitted).read_bytes() if Path(submitted).exists() else b""
    key = key_of(data, root, assignment)
    target = result_path(root, assignment, student, Path(submitted).name)
    record = load(target, key)
    if record is None:
        record = grade_record(get_grader(), submitted, assignment, student, key,
                              submission_seed(root, assignment, student))
        save(target, record)
    return record
