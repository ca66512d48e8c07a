"""Judge results of a class, one file per submission, safe to interrupt and resume.

A result is stored as ``judge_results/<assignment>/<student>/<notebook>.json`` in the
course directory, written atomically, with a key made of the submitted file's SHA-256 and
a fingerprint of what grading depends on (the source notebook, the hidden checks, the
judge). A stored result whose key still matches is reused (unless the grader lost that
submission, see ``RETRIED_FLAGS``), so a class grading that was
interrupted (Ctrl-C, ``kill -9``) resumes where it stopped: nothing is graded twice and
the gradebook ends up as if nothing had happened. Each submission's secret seed is derived
from a per-course secret, so regrading gives the same grade.
"""

import hashlib
import hmac
import json
import os
import secrets
import tempfile
from pathlib import Path

from .config import PACKAGE_DIR, load_config

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


def fingerprint(root, assignment):
    """What a grade of this assignment depends on besides the submission: its source
    notebook, hidden checks, references and stand-ins, the judge's own code and limits."""
    settings = load_config(root)
    checks = Path(settings.checks_dir or PACKAGE_DIR / "checks")
    digest = hashlib.sha256(json.dumps(settings.limits(), sort_keys=True).encode())
    files = [Path(root) / settings.source_dir / assignment / f"{assignment}.ipynb",
             PACKAGE_DIR / "references" / f"{assignment}.py",
             PACKAGE_DIR / "child" / "standins" / f"{assignment}.py", checks / "pytest.ini"]
    files += sorted((checks / assignment).glob("*.py"))
    files += sorted((PACKAGE_DIR / "child").glob("*.py"))
    files += [PACKAGE_DIR / n for n in ("checking.py", "scoring.py", "notebook.py", "sandbox.py",
                                       "pipeline.py", "testing.py")]
    for path in files:
        if path.exists():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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
