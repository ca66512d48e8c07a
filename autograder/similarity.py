"""Pairs of submissions whose answers are unusually alike, per exercise (for the class report).

Each student's answer cell is compared with every other student's answer to the same
exercise by copydetect (winnowed k-gram fingerprints of the tokens, with variable names and
literals normalised, so renaming does not hide a copy). Code every student was given or
may legitimately share is boilerplate and does not count: the release's starter cell and
the instructor's solution (which, in this course, is usually the book's own code).

Similarity is a reason to look at two answers side by side, never a verdict: short
exercises have few ways to be right.
"""

import io
import itertools
from dataclasses import dataclass
from pathlib import Path

import nbformat

K, WINDOW = 15, 4  # copydetect's noise and guarantee thresholds, in tokens
THRESHOLD = 0.8  # both answers at least this share of their tokens in common
MIN_TOKENS = 40  # copied tokens needed: shorter answers say nothing


@dataclass
class Pair:
    exercise: str
    students: tuple
    similarity: tuple  # the share of each answer's tokens found in the other
    overlap: int  # tokens in common
    answers: tuple


def answer_cells(path):
    """{grade_id: source} of a notebook's answer cells ({} when it cannot be read)."""
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # noqa: BLE001 - a broken submission is reported elsewhere
        return {}
    out = {}
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.get("cell_type") == "code" and meta.get("solution") and meta.get("grade_id"):
            out.setdefault(meta["grade_id"], cell.get("source", ""))
    return out


def _fingerprint(name, source, boilerplate):
    import copydetect

    try:
        return copydetect.CodeFingerprint(f"{name}.py", K, WINDOW, boilerplate=boilerplate,
                                          fp=io.StringIO(source))
    except Exception:  # noqa: BLE001 - code the tokenizer cannot read is not compared
        return None


def _boilerplate(sources):
    """The fingerprints of the code every student was given or may share."""
    hashes = []
    for i, source in enumerate(s for s in sources if s):
        fp = _fingerprint(f"given{i}", source, None)
        if fp is not None:
            hashes.extend(int(h) for h in fp.hashes)
    return sorted(set(hashes))


def find_pairs(root, assignment, threshold=THRESHOLD, min_tokens=MIN_TOKENS):
    """Similar pairs among ``submitted/<student>/<assignment>/*.ipynb``, most alike first."""
    root = Path(root)
    name = f"{assignment}.ipynb"
    given = [answer_cells(root / folder / assignment / name) for folder in ("release", "source")]
    submitted = {}
    for path in sorted(root.glob(f"submitted/*/{assignment}/{name}")):
        submitted[path.parent.parent.name] = answer_cells(path)
    pairs = []
    for exercise in sorted({e for cells in submitted.values() for e in cells}):
        boiler = _boilerplate([g.get(exercise, "") for g in given])
        starter = given[0].get(exercise)
        prints = {}
        for student, cells in submitted.items():
            source = cells.get(exercise, "")
            if source.strip() and source != starter:
                fp = _fingerprint(student, source, boiler)
                if fp is not None and len(fp.hashes):
                    prints[student] = (fp, source)
        pairs.extend(_compare(exercise, prints, threshold, min_tokens))
    return sorted(pairs, key=lambda p: (-min(p.similarity), p.exercise, p.students))


def _compare(exercise, prints, threshold, min_tokens):
    import copydetect

    for (a, (fa, sa)), (b, (fb, sb)) in itertools.combinations(sorted(prints.items()), 2):
        overlap, similarity, _ = copydetect.compare_files(fa, fb)
        if overlap >= min_tokens and min(similarity) >= threshold:
            yield Pair(exercise, (a, b), (round(similarity[0], 3), round(similarity[1], 3)),
                       int(overlap), (sa, sb))
