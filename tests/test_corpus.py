"""Every hidden check against submissions that must pass and must fail.

Each file in ``tests/submissions/<chapter>/`` replaces one exercise's answer cell of the
chapter's solved release notebook. Its name ends in the score that exercise must get, as a
percentage of its points (``softmax_wrong_axis_0.py``); its header says the expected status
and a phrase the feedback must contain. Every other exercise must keep full marks, so a
mistake costs points only where it is made, unless the header says otherwise
(``# others: forbidden`` for code that tampers with the grader). Files that could disturb
other exercises (cheats) are graded alone; the rest are graded several to a notebook to
keep the suite fast.
"""

import re
from pathlib import Path

import nbformat
import pytest

from autograder import samples
from autograder.sandbox import bwrap_works

from .conftest import REPO
from .test_checks import check_modules

SUBMISSIONS = Path(__file__).resolve().parent / "submissions"
CHAPTERS = sorted(p.name for p in SUBMISSIONS.iterdir() if p.is_dir())
HEADER = re.compile(r"^# (\w+): (.*)$", re.MULTILINE)


class Case:
    def __init__(self, path):
        self.path = path
        self.chapter = path.parent.name
        self.code = path.read_text()
        meta = dict(HEADER.findall(self.code.split("\n\n", 1)[0]))
        self.exercise = meta["exercise"]
        self.status = meta["status"]
        self.message = meta.get("message", "")
        self.alone = meta.get("alone", "no") == "yes"
        self.needs_sandbox = meta.get("sandbox", "no") == "yes"
        self.others = meta.get("others", "full")  # "full", or the status all others get
        self.percent = float(path.stem.rsplit("_", 1)[1])

    def __repr__(self):
        return f"{self.chapter}/{self.path.stem}"


CASES = {chapter: sorted((Case(p) for p in (SUBMISSIONS / chapter).glob("*.py")),
                         key=lambda c: c.path.name) for chapter in CHAPTERS}


def rounds(cases):
    """Group cases so that no notebook holds two cases for one exercise."""
    groups = []
    for case in cases:
        if case.alone:
            groups.append([case])
            continue
        for group in groups:
            if not group[0].alone and all(c.exercise != case.exercise for c in group):
                group.append(case)
                break
        else:
            groups.append([case])
    return groups


ROUNDS = [group for chapter in CHAPTERS for group in rounds(CASES[chapter])]


def on_the_chapters_worker(value, chapter):
    """A parameter whose test runs on the xdist worker that grades the chapter's rounds
    (``--dist loadgroup``), so that a chapter-wide test reuses that worker's grades."""
    return pytest.param(value, marks=pytest.mark.xdist_group(chapter))


@pytest.fixture(scope="module")
def graded(grader, tmp_path_factory):
    """Grade a round (once per test module); returns its Result."""
    cache = {}
    folder = tmp_path_factory.mktemp("corpus")

    def grade(group):
        key = tuple(repr(c) for c in group)
        if key not in cache:
            chapter = group[0].chapter
            path = folder / f"round{len(cache)}.ipynb"
            nbformat.write(samples.submission(REPO, chapter, {c.exercise: c.code for c in group}),
                           path)
            cache[key] = grader.grade(path, seed=12345)
        return cache[key]

    return grade


def round_id(group):
    return group[0].chapter + ":" + "+".join(c.path.stem for c in group)


@pytest.mark.parametrize("group", [on_the_chapters_worker(g, g[0].chapter) for g in ROUNDS],
                         ids=round_id)
def test_corpus(group, graded, request):
    if any(c.needs_sandbox for c in group):
        request.getfixturevalue("sandboxed")
    result = graded(group)
    by_name = {e.name: e for e in result.exercises}
    targeted = {c.exercise: c for c in group}
    problems = []
    for ex in result.exercises:
        case = targeted.get(ex.name)
        if case is None:
            others = {c.others for c in group}
            if others == {"full"} and ex.score != ex.max_score:
                problems.append(f"{ex.name} lost points although untouched: {ex.messages}")
            elif others != {"full"} and (ex.score, ex.status) != (0, others.pop()):
                problems.append(f"{ex.name} should score 0 as {group[0].others}: {ex.messages}")
            continue
        expected = round(ex.max_score * case.percent / 100, 2)
        if ex.score != expected or ex.status != case.status:
            problems.append(f"{case}: {ex.name} scored {ex.score}/{ex.max_score} "
                            f"({ex.status}), expected {expected} ({case.status}): "
                            f"{ex.messages}")
        text = " ".join(ex.messages).lower()
        if case.message.lower() not in text:
            problems.append(f"{case}: feedback lacks {case.message!r}: {ex.messages}")
    assert not problems, "\n".join(problems)
    assert by_name  # the notebook was graded


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_corpus_names_match_headers(chapter):
    """A file's name starts with its exercise (or 'cheat_', or 'honest_' for honest code in
    an unusual style) and ends with its score."""
    names = set(samples.solutions(REPO, chapter))
    for case in CASES[chapter]:
        assert case.exercise in names, case
        stem = case.path.stem
        assert stem.startswith((case.exercise + "_", "cheat_", "honest_")), case
        assert case.status in ("passed", "partial", "failed", "error", "timeout", "missing",
                               "forbidden"), case


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_exercise_has_a_wrong_submission(chapter):
    names = set(samples.solutions(REPO, chapter))
    wrong = {c.exercise for c in CASES[chapter]
             if c.percent < 100 and not c.path.stem.startswith("cheat")}
    assert names <= wrong, f"exercises without a plausible mistake: {sorted(names - wrong)}"


@pytest.mark.parametrize("chapter", [on_the_chapters_worker(c, c) for c in CHAPTERS])
def test_every_check_fails_on_some_submission(graded, chapter):
    """No check is a rubber stamp: each one is failed by at least one corpus submission."""
    failed = set()
    for group in (g for g in ROUNDS if g[0].chapter == chapter):
        if any(c.needs_sandbox for c in group) and not bwrap_works():
            continue
        for ex in graded(group).exercises:
            failed |= {(ex.name, m) for m in ex.messages if m.startswith("[FAILED] ")}
    checks = {(exercise, doc.splitlines()[0].rstrip("."))
              for exercise, found in check_modules(chapter).items() for _, _, doc in found}
    never = {(exercise, doc) for exercise, doc in checks
             if not any(name == exercise and m.startswith(f"[FAILED] {doc}")
                        for name, m in failed)}
    assert never == set(), "checks that no corpus submission fails"
