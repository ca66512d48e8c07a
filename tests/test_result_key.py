"""A stored result's key covers everything that decides the grade: change any of it and
the class is graded again; change nothing and nothing is graded twice."""

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from autograder import classgrade, results, samples
from autograder.config import PACKAGE_DIR, REPO_ROOT

from .conftest import REPO

LIMITS = "\nc.Judge.cell_timeout = 4.0\nc.Judge.call_timeout = 4.0\n"
CACHES = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """Copies of the judge's package and of ``d2l`` that the key is computed from, and a
    course with ch03's source notebook: ``tree.judge``, ``tree.d2l``, ``tree.course``."""
    return pin_judge(tmp_path, monkeypatch)


def pin_judge(tmp_path, monkeypatch):
    """Compute keys from copies of the judge's package and of ``d2l`` (see ``tree``): what
    changes in the real ones meanwhile does not change them."""
    copy = tmp_path / "tree"
    shutil.copytree(PACKAGE_DIR, copy / "autograder", ignore=CACHES)
    shutil.copytree(REPO_ROOT / "d2l", copy / "d2l", ignore=CACHES)
    course = tmp_path / "course"
    (course / "source").mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", course)
    shutil.copytree(REPO / "source" / "ch03", course / "source" / "ch03")
    monkeypatch.setattr(results, "JUDGE_DIR", copy / "autograder")
    monkeypatch.setattr(results, "D2L_DIR", copy / "d2l")
    monkeypatch.setattr(results, "_fingerprints", {})

    class Tree:
        judge, d2l = copy / "autograder", copy / "d2l"

        def key(self, root=course):
            return results.key_of(b"the same submission", root, "ch03")

    Tree.course = course
    return Tree()


def first(folder, *patterns):
    """The first file (by path) under ``folder`` matching one of ``patterns``, wherever the
    judge's layout puts it."""
    found = sorted(p for pattern in patterns for p in Path(folder).glob(pattern)
                   if "__pycache__" not in p.parts)
    assert found, f"no {patterns} under {folder}"
    return found[0]


PARTS = {
    "a d2l module": lambda t: t.d2l / "plot.py",
    "d2l.compare (the tolerances)": lambda t: t.d2l / "compare.py",
    "a d2l.selfcheck module": lambda t: first(t.d2l, "selfcheck/*.py", "selfcheck/**/*.py"),
    "a hidden check": lambda t: first(t.judge, "**/ch03/**/test_*.py", "**/ch03/test_*.py"),
    "a reference": lambda t: first(t.judge, "**/ch03/**/reference*.py", "references/ch03*"),
    "a stand-in or public part": lambda t: first(t.judge, "**/ch03/**/public.py",
                                                  "child/standins/ch03*"),
    "the judge's code": lambda t: t.judge / "sandbox.py",
    "the sandbox's child": lambda t: t.judge / "child" / "runner.py",
    "the registry": lambda t: first(t.judge.parent, "*/registry.py"),
    "the source notebook": lambda t: t.course / "source" / "ch03" / "ch03.ipynb",
}


def test_an_unchanged_tree_gives_the_same_key(tree):
    key = tree.key()
    assert tree.key() == key
    results._fingerprints.clear()  # computed afresh
    assert tree.key() == key
    (tree.judge / "__pycache__").mkdir(exist_ok=True)
    (tree.judge / "__pycache__" / "sandbox.cpython-311.pyc").write_bytes(b"compiled")
    (tree.d2l / "plot.pyc").write_bytes(b"compiled")
    assert tree.key() == key  # caches of the interpreter are no part of it


def test_another_process_computes_the_same_key(tree):
    code = ("import sys; from pathlib import Path; from autograder import results; "
            "results.JUDGE_DIR, results.D2L_DIR = Path(sys.argv[1]), Path(sys.argv[2]); "
            "print(results.key_of(b'the same submission', sys.argv[3], 'ch03'))")
    out = subprocess.run([sys.executable, "-c", code, str(tree.judge), str(tree.d2l),
                          str(tree.course)], cwd=REPO, capture_output=True, text=True,
                         check=True, timeout=120).stdout.strip()
    assert out == tree.key()


@pytest.mark.parametrize("part", PARTS, ids=list(PARTS))
def test_changing_any_part_changes_the_key(tree, part):
    key = tree.key()
    path = PARTS[part](tree)
    data = path.read_bytes()
    path.write_bytes(data + b"\n")
    changed = tree.key()
    assert changed != key, path
    path.write_bytes(data)
    assert tree.key() == key, "the key depends on the contents, not on when they changed"


def test_a_change_of_the_same_size_at_the_same_time_is_seen(tree, monkeypatch):
    """The per-process cache trusts no file's size and times alone."""
    monkeypatch.setattr(results, "SETTLED_NS", 0)  # cache even what just changed
    path = tree.d2l / "compare.py"
    before = os.stat(path)
    key = tree.key()
    data = path.read_bytes()
    path.write_bytes(bytes([data[0] ^ 1]) + data[1:])  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # same modification time
    assert tree.key() != key


@pytest.mark.parametrize("change", ["add", "remove", "rename"])
def test_adding_removing_or_renaming_a_file_changes_the_key(tree, change):
    key = tree.key()
    module = first(tree.judge, "**/ch03/**/test_*.py", "**/ch03/test_*.py")
    if change == "add":
        (tree.d2l / "selfcheck" / "extra.py").write_text("X = 1\n")
    elif change == "remove":
        module.unlink()
    else:
        module.rename(module.with_name("test_zz_renamed.py"))
    assert tree.key() != key


@pytest.mark.parametrize("setting", ["cell_timeout = 31.0", "memory_mb = 1024",
                                     "cpu_seconds = 60", "output_limit = 100"])
def test_changing_a_limit_changes_the_key(tree, setting):
    key = tree.key()
    with open(tree.course / "nbgrader_config.py", "a") as f:
        f.write(f"\nc.Judge.{setting}\n")
    assert tree.key() != key


def test_checks_outside_the_judge_are_covered(tree, tmp_path):
    checks = tmp_path / "own_checks"
    (checks / "ch03").mkdir(parents=True)
    (checks / "ch03" / "test_relu.py").write_text("def test_relu():\n    pass\n")
    with open(tree.course / "nbgrader_config.py", "a") as f:
        f.write(f"\nc.Judge.checks_dir = {str(checks)!r}\n")
    key = tree.key()
    (checks / "ch03" / "test_relu.py").write_text("def test_relu():\n    assert 0\n")
    assert tree.key() != key


def test_the_mxnet_version_is_part_of_the_key(tree, monkeypatch):
    key = tree.key()
    versions = dict(results._versions(), mxnet="1.9.2")
    monkeypatch.setattr(results, "_versions", lambda: versions)
    assert tree.key() != key


def test_the_submission_is_part_of_the_key(tree):
    assert results.key_of(b"one", tree.course, "ch03") != results.key_of(b"two", tree.course,
                                                                           "ch03")


# --- a class run -----------------------------------------------------------------------


def make_course(path, students):
    """An nbgrader course with ch03 released and ``students`` ({name: answers}) submitted."""
    from .test_classgrade import run

    path.mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", path)
    with open(path / "nbgrader_config.py", "a") as f:
        f.write(LIMITS)
    shutil.copytree(REPO / "source" / "ch03", path / "source" / "ch03")
    run(path, "nbgrader", "generate_assignment", "ch03", "--force")
    for student, answers in students.items():
        target = path / "submitted" / student / "ch03" / "ch03.ipynb"
        target.parent.mkdir(parents=True)
        nbformat.write(samples.submission(path, "ch03", answers, solved=True), target)
    (path / ".judge_secret").write_text("the same secret for every copy\n")
    return path


def grade_class(course):
    """``python -m autograder autograde ch03`` in this process (so that the judge's folders
    the key is computed from may be copies); returns what it printed."""
    out = io.StringIO()
    classgrade.main("ch03", course, jobs=1, out=out)
    return out.getvalue()


def test_a_resumed_class_grading_grades_again_after_a_change(tree, tmp_path):
    course = make_course(tmp_path / "class", {"alice": {}})
    stored = course / "judge_results" / "ch03" / "alice" / "ch03.json"
    first_run = grade_class(course)
    assert "0 already graded, 1 to grade" in first_run, first_run
    record = stored.read_bytes()
    assert "1 already graded, 0 to grade" in grade_class(course)
    assert stored.read_bytes() == record  # not graded twice
    with open(tree.d2l / "compare.py", "a") as f:
        f.write("\n# a tolerance changed\n")
    again = grade_class(course)
    assert "0 already graded, 1 to grade" in again, again
    assert stored.read_bytes() != record
    assert "1 already graded, 0 to grade" in grade_class(course)
