"""Judge results of a class, one file per submission, safe to interrupt and resume.

A result is stored as ``judge_results/<assignment>/<student>/<notebook>.json`` in the
course directory, written atomically, with a key made of the submitted file's SHA-256 and
a fingerprint of what grading depends on (the source notebook, the hidden checks, the
judge). A stored result whose key still matches is reused, so a class grading that was
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

from .config import PACKAGE_DIR

RESULTS_DIR = "judge_results"
SECRET_FILE = ".judge_secret"


def result_path(root, assignment, student, notebook):
    """Where the result of ``submitted/<student>/<assignment>/<notebook>`` is stored."""
    return Path(root) / RESULTS_DIR / assignment / student / f"{Path(notebook).stem}.json"


def course_secret(root):
    """The course's grading secret (created once, kept out of version control)."""
    path = Path(root) / SECRET_FILE
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return path.read_text().strip()


def submission_seed(root, assignment, student):
    """A secret seed for one student's assignment: stable across reruns, unguessable."""
    digest = hmac.new(course_secret(root).encode(), f"{assignment}/{student}".encode(),
                      hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def fingerprint(root, assignment):
    """What a grade of this assignment depends on besides the submission: its source
    notebook, hidden checks, references and stand-ins, and the judge's own code."""
    digest = hashlib.sha256()
    files = [Path(root) / "source" / assignment / f"{assignment}.ipynb",
             PACKAGE_DIR / "references" / f"{assignment}.py",
             PACKAGE_DIR / "child" / "standins" / f"{assignment}.py"]
    files += sorted((PACKAGE_DIR / "checks" / assignment).glob("*.py"))
    files += sorted((PACKAGE_DIR / "child").glob("*.py"))
    files += [PACKAGE_DIR / n for n in ("checking.py", "scoring.py", "notebook.py", "tamper.py",
                                       "pipeline.py", "testing.py")]
    for path in files:
        if path.exists():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def key_of(data, root, assignment):
    return f"{hashlib.sha256(data).hexdigest()}:{fingerprint(root, assignment)}"


def load(path, key):
    """The stored record if it is for this key, else None."""
    try:
        record = json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and record.get("key") == key else None


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
