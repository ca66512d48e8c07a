"""Stage 1: read the assignment's source notebook and a submitted notebook.

The source notebook (trusted) says which cells are exercises, tests, locked setup cells and
demos. A submission (untrusted) is read defensively: locked cells are taken from the
source whatever the submission holds, test and demo cells are not run, deleted locked cells
are put back, and every departure from the release is recorded as a flag. What comes out
is the list of code cells the child runs and where each exercise's answer is.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

MAX_NOTEBOOK_BYTES = 20 << 20


class NotGradable(Exception):
    """The file cannot be graded at all (the CLI exits with status 2)."""


@dataclass
class Exercise:
    """One exercise: its answer cell's grade_id and the points its test cell holds."""

    name: str
    points: float
    section: str = ""


@dataclass
class Assignment:
    """What the source notebook says about an assignment."""

    name: str
    path: Path
    exercises: list
    locked: dict  # grade_id -> source code of locked, non-test code cells
    demos: set  # grade_ids of demo cells
    order: list  # grade_ids of locked code cells and answer cells, in source order
    stubs: dict = field(default_factory=dict)  # grade_id -> its answer cell in the release

    @property
    def max_score(self):
        return float(sum(e.points for e in self.exercises))

    def exercise(self, name):
        return next(e for e in self.exercises if e.name == name)


@dataclass
class RunCell:
    """A code cell the child runs: its position in the submission (1-based) and source."""

    index: int
    source: str
    exercise: str = ""  # set for answer cells
    grade_id: str = ""  # set for answer cells and read-only cells


@dataclass
class Submission:
    """A submitted notebook, reduced to what grading needs."""

    assignment: Assignment
    cells: list
    answers: dict  # exercise name -> RunCell (absent: missing)
    flags: list = field(default_factory=list)
    missing_reasons: dict = field(default_factory=dict)


def nbgrader_meta(cell):
    meta = cell.get("metadata") if isinstance(cell, dict) else None
    nb = meta.get("nbgrader") if isinstance(meta, dict) else None
    return nb if isinstance(nb, dict) else {}


def tags(cell):
    meta = cell.get("metadata") if isinstance(cell, dict) else None
    found = meta.get("tags", []) if isinstance(meta, dict) else []
    return set(found) if isinstance(found, list) else set()


def cell_source(cell):
    src = cell.get("source", "")
    if isinstance(src, list):
        src = "".join(s for s in src if isinstance(s, str))
    return src if isinstance(src, str) else ""


def load_assignment(course_root, name, source_dir="source"):
    """Parse ``source/<name>/<name>.ipynb``."""
    path = Path(course_root) / source_dir / name / f"{name}.ipynb"
    if not path.exists():
        raise NotGradable(f"unknown assignment {name!r}: {path} does not exist")
    exercises, locked, demos, order = [], {}, set(), []
    answers = {}
    for cell in read_notebook(path)["cells"]:
        meta = nbgrader_meta(cell)
        gid = meta.get("grade_id")
        if not gid:
            continue
        if meta.get("solution") and cell["cell_type"] == "code":
            answers[gid] = cell
            order.append(gid)
        elif meta.get("grade") and not meta.get("solution"):
            name_ = gid[len("test_"):] if gid.startswith("test_") else gid
            section = cell["metadata"].get("d2l", {}).get("section", "")
            exercises.append(Exercise(name_, float(meta.get("points", 0)), section))
        elif meta.get("locked") and cell["cell_type"] == "code":
            locked[gid] = cell_source(cell)
            order.append(gid)
            if "demo" in tags(cell):
                demos.add(gid)
    missing = [e.name for e in exercises if e.name not in answers]
    if missing:
        raise ValueError(f"{path}: test cells without answer cells: {missing}")
    return Assignment(name, path, exercises, locked, demos, order,
                      release_stubs(Path(course_root) / "release" / name / f"{name}.ipynb"))


def release_stubs(path):
    """grade_id -> source of each answer cell of the release notebook at ``path`` (what a
    student starts from); empty when there is no release."""
    try:
        cells = read_notebook(path)["cells"]
    except (NotGradable, OSError):
        return {}
    stubs = {}
    for cell in cells:
        meta = nbgrader_meta(cell)
        if meta.get("solution") and isinstance(meta.get("grade_id"), str):
            stubs[meta["grade_id"]] = cell_source(cell)
    return stubs


def known_assignments(course_root, source_dir="source"):
    root = Path(course_root) / source_dir
    return sorted(p.name for p in root.iterdir() if (p / f"{p.name}.ipynb").exists())


def read_notebook(path):
    """Load a notebook as a plain dict, with clear errors for unreadable files."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise NotGradable(f"cannot read {path}: {exc.strerror}") from None
    if size > MAX_NOTEBOOK_BYTES:
        raise NotGradable(f"{path} is {size >> 20} MB; notebooks over "
                          f"{MAX_NOTEBOOK_BYTES >> 20} MB are not graded")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise NotGradable(f"{path} is not a text file (not UTF-8)") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotGradable(f"{path} is not a notebook: invalid JSON at line {exc.lineno}, "
                          f"column {exc.colno} ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        raise NotGradable(f"{path} is not a Jupyter notebook (no list of cells)")
    return data


def notebook_assignment(data):
    meta = data.get("metadata")
    d2l = meta.get("d2l") if isinstance(meta, dict) else None
    name = d2l.get("assignment") if isinstance(d2l, dict) else None
    return name if isinstance(name, str) else None


def structure_problems(data):
    """What keeps a notebook dict from being a well-formed nbformat 4 notebook.

    A light structural check in place of ``nbformat.validate``: importing nbformat's schema
    validator costs over a second per process, and a damaged cell must not stop grading
    of the rest anyway.
    """
    problems = []
    if data.get("nbformat") != 4:
        problems.append(f"nbformat version {data.get('nbformat')!r} (expected 4)")
    for i, cell in enumerate(data["cells"], start=1):
        if not isinstance(cell, dict):
            problems.append(f"cell {i} is not an object")
        elif cell.get("cell_type") not in ("code", "markdown", "raw"):
            problems.append(f"cell {i} has cell_type {cell.get('cell_type')!r}")
        elif not isinstance(cell.get("source"), (str, list)):
            problems.append(f"cell {i} has no source")
        elif not isinstance(cell.get("metadata", {}), dict):
            problems.append(f"cell {i} has malformed metadata")
    return problems


def read_submission(path, course_root, assignment=None, source_dir="source"):
    """Read a submission and decide what to run. Raises NotGradable for hopeless files."""
    data = read_notebook(path)
    flags = []
    problems = structure_problems(data)
    if problems:
        flags.append(flag("invalid_notebook", "the notebook is damaged ("
                          + "; ".join(problems[:5]) + "); graded what could be read"))
    declared = notebook_assignment(data)
    known = known_assignments(course_root, source_dir)
    if assignment is None:
        assignment = declared or _infer_assignment(data, course_root, known, source_dir)
    elif declared and declared != assignment:
        raise NotGradable(f"this notebook is assignment {declared}, not {assignment}")
    if assignment not in known:
        raise NotGradable(f"unknown assignment {assignment!r} (known: {', '.join(known)})")
    spec = load_assignment(course_root, assignment, source_dir)
    return plan_submission(spec, data["cells"], flags)


def _infer_assignment(data, course_root, known, source_dir):
    ids = {nbgrader_meta(c).get("grade_id") for c in data["cells"]} - {None}
    best, overlap = None, 0
    for name in known:
        spec = load_assignment(course_root, name, source_dir)
        common = len(ids & {e.name for e in spec.exercises})
        if common > overlap:
            best, overlap = name, common
    if best is None:
        raise NotGradable("not a course notebook: it has no metadata.d2l.assignment and no "
                          "exercise cells of any known assignment")
    return best


def flag(code, message, exercise=None):
    out = {"code": code, "message": message}
    if exercise:
        out["exercise"] = exercise
    return out


def plan_submission(spec, raw_cells, flags):
    """Decide which cells run, in which order, with which source."""
    exercise_names = {e.name for e in spec.exercises}
    test_ids = {f"test_{n}" for n in exercise_names}
    run, answers, seen, missing_reasons = [], {}, set(), {}
    for position, cell in enumerate(raw_cells, start=1):
        if not isinstance(cell, dict):
            continue
        meta = nbgrader_meta(cell)
        gid = meta.get("grade_id") if isinstance(meta.get("grade_id"), str) else None
        kind = cell.get("cell_type")
        if gid in exercise_names:
            if kind != "code":
                missing_reasons[gid] = (f"the answer cell for `{gid}` was changed into a "
                                        f"{kind} cell")
                continue
            if gid in answers:
                flags.append(flag("duplicate_answer", f"the answer cell for `{gid}` appears "
                                  "more than once; both copies ran, in order", gid))
            answers[gid] = RunCell(position, cell_source(cell), gid, gid)
            run.append(answers[gid])
        elif gid in test_ids:
            continue  # the judge's checks run outside the student's process
        elif gid in spec.locked:
            if gid in seen:
                continue
            seen.add(gid)
            original = spec.locked[gid]
            if cell_source(cell) != original or kind != "code":
                flags.append(flag("locked_cell_modified", f"the read-only cell `{gid}` was "
                                  "changed; its original content was used"))
            if gid not in spec.demos:
                run.append(RunCell(position, original, grade_id=gid))
        elif kind == "code" and "demo" not in tags(cell):
            run.append(RunCell(position, cell_source(cell)))
    _restore_deleted(spec, run, seen, flags)
    for name in exercise_names - set(answers):
        missing_reasons.setdefault(name, f"the answer cell for `{name}` is missing (deleted, "
                                         "or its nbgrader metadata was changed); copy it back "
                                         "from the release notebook")
    return Submission(spec, run, answers, flags, missing_reasons)


def _restore_deleted(spec, run, seen, flags):
    """Put deleted locked (non-demo) cells back after the source cell that precedes them."""
    for gid in spec.order:
        if gid not in spec.locked or gid in seen or gid in spec.demos:
            continue
        where = {c.grade_id: i for i, c in enumerate(run) if c.grade_id}
        before = spec.order[: spec.order.index(gid)]
        anchor = next((where[prev] for prev in reversed(before) if prev in where), -1)
        run.insert(anchor + 1, RunCell(0, spec.locked[gid], grade_id=gid))
        flags.append(flag("locked_cell_deleted", f"the read-only cell `{gid}` was deleted; "
                          "it was put back"))
