"""Stage 4: turn cell results and check outcomes into exercise scores and statuses."""

from dataclasses import asdict, dataclass, field

STATUSES = ("passed", "partial", "failed", "error", "timeout", "missing", "forbidden")


@dataclass
class ExerciseResult:
    """One exercise as the CLI contract reports it."""

    name: str
    score: float
    max_score: float
    status: str
    messages: list = field(default_factory=list)
    section: str = ""

    def to_json(self):
        data = asdict(self)
        data.pop("section")
        return data


@dataclass
class Result:
    """A graded notebook."""

    assignment: str
    exercises: list
    flags: list = field(default_factory=list)

    @property
    def score(self):
        return round(sum(e.score for e in self.exercises), 2)

    @property
    def max_score(self):
        return round(sum(e.max_score for e in self.exercises), 2)

    def to_json(self):
        return {"assignment": self.assignment, "score": self.score,
                "max_score": self.max_score,
                "exercises": [e.to_json() for e in self.exercises], "flags": self.flags}


def score_exercise(exercise, outcomes, cell_error=None, missing=None, lost=None,
                   tampering=None):
    """Score one exercise from its checks' outcomes.

    ``cell_error``: how the answer cell itself failed (a dict from the child), if it did;
    ``missing``: why there is no answer cell; ``lost``: why grading could not finish;
    ``tampering``: how the submission tampered with the grader (seen by the sandbox).
    """
    result = ExerciseResult(exercise.name, 0.0, exercise.points, "failed",
                            section=exercise.section)
    if missing:
        result.status, result.messages = "missing", [missing]
        return result
    if lost:
        result.status, result.messages = "error", [lost]
        return result
    forbidden = [o.message for o in outcomes if o.status == "forbidden"][:1]
    if tampering:
        forbidden.append(tampering[0].upper() + tampering[1:])
    if forbidden:
        result.status = "forbidden"
        result.messages = [m + "; this exercise scores zero." for m in forbidden]
        return result
    messages = []
    if cell_error:
        messages.append(describe_cell_error(cell_error))
    total = sum(o.points for o in outcomes)
    earned = sum(o.points for o in outcomes if o.passed)
    if total > 0:
        result.score = round(exercise.points * earned / total, 2)
    problems = {o.message for o in outcomes if o.status in ("error", "timeout")}
    if earned == 0 and len(problems) == 1 and all(o.status in ("error", "timeout")
                                                   for o in outcomes):
        # The same failure in every check (not implemented, a crash): say it once.
        messages.append(f"{problems.pop()} ({len(outcomes)} checks could not run)")
        outcomes_to_list = []
    else:
        outcomes_to_list = outcomes
    for o in outcomes_to_list:
        mark = "passed" if o.passed else "FAILED"
        line = f"[{mark}] {o.description}"
        if not o.passed and o.message:
            line += f": {o.message}"
        messages.append(line)
    if not outcomes and not cell_error:
        messages.append("no check ran for this exercise (the grader's checks could not load)")
    result.messages = _dedupe(messages)
    if total > 0 and earned == total:
        result.status = "passed"
    elif earned > 0:
        result.status = "partial"
    elif any(o.status == "timeout" for o in outcomes) or (
            cell_error and cell_error.get("status") == "timeout"):
        result.status = "timeout"
    elif cell_error or not outcomes or any(o.status == "error" for o in outcomes):
        result.status = "error"
    else:
        result.status = "failed"
    return result


def describe_cell_error(cell):
    """One line about an answer cell that failed to run."""
    err = cell.get("error") or {}
    status = cell.get("status")
    if status == "timeout":
        return f"the answer cell did not finish: {err.get('message', 'timeout')}"
    if status == "crashed":
        return f"the answer cell crashed: {err.get('message', '')}"
    where = err.get("traceback") or []
    at = f" ({where[-1]})" if where else ""
    return f"the answer cell raised {err.get('type', 'an error')}: {err.get('message', '')}{at}"


def _dedupe(items):
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
