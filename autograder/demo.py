"""``make demo``: release chapter 3, grade a small sample class, write its feedback.

The class is made from the source notebook: a full solution, the untouched release, a few
typical mistakes taken from the test corpus (``tests/submissions/ch03``), a submission
that hangs, and a cheating attempt. It is laid out like an nbgrader course
(``submitted/<student>/ch03/ch03.ipynb``, ``feedback/<student>/ch03/ch03.html``).
"""

import json
import subprocess
import sys
import time
from pathlib import Path

import nbformat

from . import samples
from .config import REPO_ROOT, tool_env
from .feedback import class_table, html_report, text_report
from .pipeline import Grader

CORPUS = REPO_ROOT / "tests" / "submissions" / "ch03"

# student -> corpus files whose answers replace the solution's (None: the bare release)
CLASS = {
    "alice": [],
    "bob": None,
    "carol": ["softmax_no_max_subtraction_75", "squared_loss_no_reshape_50"],
    "dave": ["sgd_rebinds_0", "dropout_no_rescale_50", "get_k_fold_data_fold_from_one_0"],
    "erin": ["data_iter_drop_last_50", "cross_entropy_summed_0", "sgd_endless_loop_0"],
    "mallory": ["cheat_softmax_env_detect_0", "cheat_linreg_patch_np_allclose_0"],
}


def corpus_answers(names):
    answers = {}
    for name in names:
        path = CORPUS / f"{name}.py"
        code = path.read_text()
        exercise = next(line.split(":", 1)[1].strip() for line in code.splitlines()
                        if line.startswith("# exercise:"))
        answers[exercise] = code
    return answers


def release(root):
    """Regenerate release/ch03 from source/ch03 with nbgrader."""
    cmd = [sys.executable, "-m", "nbgrader", "generate_assignment", "ch03", "--force",
           "--log-level=ERROR"]
    subprocess.run(cmd, cwd=root, check=True, env=tool_env())


def make_class(root, out):
    paths = {}
    for student, names in CLASS.items():
        if names is None:
            nb = samples.submission(root, "ch03", solved=False)
        else:
            nb = samples.submission(root, "ch03", corpus_answers(names))
        path = out / "submitted" / student / "ch03" / "ch03.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, path)
        paths[student] = path
    return paths


def main(out="build/demo"):
    root = REPO_ROOT
    out = (root / out) if not Path(out).is_absolute() else Path(out)
    started = time.monotonic()
    print("1. nbgrader generate_assignment ch03 (source/ -> release/)")
    release(root)
    print(f"2. a sample class of {len(CLASS)} students in {out / 'submitted'}")
    paths = make_class(root, out)
    print("3. grading in the sandbox (one warm sandbox for the class)")
    rows = []
    with Grader(root) as grader:
        for student, path in paths.items():
            t0 = time.monotonic()
            result = grader.grade(path)
            rows.append((student, result))
            feedback = out / "feedback" / student / "ch03"
            feedback.mkdir(parents=True, exist_ok=True)
            (feedback / "ch03.html").write_text(html_report(result, student))
            (feedback / "ch03.json").write_text(json.dumps(result.to_json(), indent=1,
                                                           ensure_ascii=False))
            print(f"   {student:<8} {result.score:>5g} / {result.max_score:g}  "
                  f"({time.monotonic() - t0:.1f} s)")
        mode = grader.sandbox.mode if grader.sandbox else "?"
    names = [e.name for e in rows[0][1].exercises]
    print("\nGrade table (score per exercise, or its status):\n")
    print(class_table(rows, names))
    print("\nFeedback for carol, as she reads it:\n")
    print(text_report(dict(rows)["carol"], title="carol"))
    print(f"\nFeedback pages: {out / 'feedback'}/<student>/ch03/ch03.html")
    print(f"Sandbox: {mode}. Total time {time.monotonic() - started:.0f} s.")
    return 0
