"""Per-student due-date extensions, honoured by the late penalty and shown in the report.

nbgrader has one due date per assignment. An extension moves one student's due date later:
``python -m autograder extend ch03 alice --days 2`` records it in the course's
``extensions.json`` ({assignment: {student: seconds}}), which ``LatePenalty`` reads when
nbgrader assigns late penalties (``nbgrader autograde``, ``python -m autograder
autograde``). Grade again after granting one, so the gradebook's penalties follow.
"""

import json
import os
from pathlib import Path

FILE = "extensions.json"


def load(root):
    """{assignment: {student: seconds}} of the course at ``root`` ({} when none)."""
    path = Path(root) / FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise ValueError(f"{path} is not readable JSON ({e}); fix or remove it") from e
    return {str(a): {str(s): float(v) for s, v in students.items()}
            for a, students in data.items()}


def seconds(root, assignment, student):
    """How many seconds later ``student``'s due date for ``assignment`` is."""
    return load(root).get(assignment, {}).get(student, 0.0)


def grant(root, assignment, student, days=0.0, hours=0.0):
    """Set ``student``'s extension for ``assignment`` (replacing an earlier one; 0 removes
    it) and return the course's extensions."""
    extra = days * 86400 + hours * 3600
    if extra < 0:
        raise ValueError("an extension cannot be negative")
    data = load(root)
    students = data.setdefault(assignment, {})
    if extra:
        students[student] = extra
    else:
        students.pop(student, None)
        if not students:
            del data[assignment]
    path = Path(root) / FILE
    tmp = path.with_name(f".{FILE}.{os.getpid()}")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    os.replace(tmp, path)  # several graders may extend at once: never a half-written file
    return data


def describe(extra):
    """'2 days', '1 day 6 hours', '3 hours'."""
    days, rest = divmod(round(extra / 3600), 24)
    parts = [f"{days} day{'s' * (days != 1)}"] if days else []
    if rest or not parts:
        parts.append(f"{rest} hour{'s' * (rest != 1)}")
    return " ".join(parts)
