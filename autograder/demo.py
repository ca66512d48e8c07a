"""``make demo``: release every chapter, grade a small sample class, write its feedback.

For each chapter the class is made from the source notebook: a full solution, the
untouched release, typical mistakes taken from the test corpus
(``tests/submissions/<chapter>/``), and a cheating attempt. It is laid out like an
nbgrader course (``submitted/<student>/<chapter>/<chapter>.ipynb``,
``feedback/<student>/<chapter>/<chapter>.html``).
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
from .notebook import known_assignments
from .pipeline import Grader

CORPUS = REPO_ROOT / "tests" / "submissions"

# Chosen classes: student -> corpus files whose answers replace the solution's (None: the
# bare release). Chapters not listed get alice (solution), bob (release), carol (two
# mistakes from the corpus) and mallory (a cheating attempt).
CLASSES = {
    "ch03": {
        "alice": [],
        "bob": None,
        "carol": ["softmax_no_max_subtraction_75", "squared_loss_no_reshape_50"],
        "dave": ["sgd_rebinds_0", "dropout_no_rescale_50", "get_k_fold_data_fold_from_one_0"],
        "erin": ["data_iter_drop_last_50", "cross_entropy_summed_0", "sgd_endless_loop_0"],
        "mallory": ["cheat_softmax_env_detect_0", "cheat_linreg_patch_np_allclose_0"],
    },
}


def exercise_of(path):
    return next(line.split(":", 1)[1].strip() for line in path.read_text().splitlines()
                if line.startswith("# exercise:"))


def default_class(chapter):
    files = sorted((CORPUS / chapter).glob("*.py"))
    mistakes, seen = [], set()
    for path in files:
        if path.stem.startswith("cheat_") or path.stem.endswith("_100"):
            continue
        if exercise_of(path) not in seen and "alone: yes" not in path.read_text():
            mistakes.append(path.stem)
            seen.add(exercise_of(path))
    cheats = [p.stem for p in files if p.stem.startswith("cheat_")
              and "sandbox: yes" not in p.read_text()]
    return {"alice": [], "bob": None, "carol": mistakes[:2], "mallory": cheats[:1]}


def corpus_answers(chapter, names):
    return {exercise_of(CORPUS / chapter / f"{n}.py"): (CORPUS / chapter / f"{n}.py").read_text()
            for n in names}


def release(root, chapter):
    """Regenerate release/<chapter> from source/<chapter> with nbgrader."""
    cmd = [sys.executable, "-m", "nbgrader", "generate_assignment", chapter, "--force",
           "--log-level=ERROR"]
    subprocess.run(cmd, cwd=root, check=True, env=tool_env())


def make_class(root, chapter, out):
    paths = {}
    for student, names in CLASSES.get(chapter, default_class(chapter)).items():
        if names is None:
            nb = samples.submission(root, chapter, solved=False)
        else:
            nb = samples.submission(root, chapter, corpus_answers(chapter, names))
        path = out / "submitted" / student / chapter / f"{chapter}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, path)
        paths[student] = path
    return paths


def main(out="build/demo"):
    root = REPO_ROOT
    out = (root / out) if not Path(out).is_absolute() else Path(out)
    started = time.monotonic()
    chapters = known_assignments(root)
    with Grader(root) as grader:
        for chapter in chapters:
            print(f"\n=== {chapter} ===")
            print(f"1. nbgrader generate_assignment {chapter} (source/ -> release/)")
            release(root, chapter)
            paths = make_class(root, chapter, out)
            print(f"2. a sample class of {len(paths)} in {out / 'submitted'}")
            print("3. grading in the sandbox (one warm sandbox for every notebook)")
            rows = []
            for student, path in paths.items():
                t0 = time.monotonic()
                result = grader.grade(path)
                rows.append((student, result))
                feedback = out / "feedback" / student / chapter
                feedback.mkdir(parents=True, exist_ok=True)
                (feedback / f"{chapter}.html").write_text(html_report(result, student))
                (feedback / f"{chapter}.json").write_text(
                    json.dumps(result.to_json(), indent=1, ensure_ascii=False))
                print(f"   {student:<8} {result.score:>5g} / {result.max_score:g}  "
                      f"({time.monotonic() - t0:.1f} s)")
            names = [e.name for e in rows[0][1].exercises]
            print("\nGrade table (score per exercise, or its status):\n")
            print(class_table(rows, names))
            student, result = rows[2]
            print(f"\nFeedback for {student}, as they read it:\n")
            print(text_report(result, title=student))
        mode = grader.sandbox.mode if grader.sandbox else "?"
    print(f"\nFeedback pages: {out / 'feedback'}/<student>/<chapter>/<chapter>.html")
    print(f"Sandbox: {mode}. Total time {time.monotonic() - started:.0f} s.")
    return 0
