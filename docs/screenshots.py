"""The README's pictures of the class report and the feedback page, made from a sample class.

    .venv/bin/python docs/screenshots.py      # writes docs/img/*.png (Debian's chromium)

A throwaway nbgrader course with chapter 3 released and a class of twelve: full solutions,
blank notebooks, common mistakes from the test corpus (several students sharing one), two
students with one answer copied from each other, a late submission and an extension. It is
graded with ``python -m autograder autograde``, the feedback generated with nbgrader, and
Chromium photographs ``reports/ch03/summary.html`` and one student's feedback page.
"""

import datetime
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from autograder import samples  # noqa: E402
from autograder.config import tool_env  # noqa: E402

IMG = REPO / "docs" / "img"
CHROMIUM = "/usr/bin/chromium"  # Debian's
CORPUS = REPO / "tests" / "submissions" / "ch03"
COPIED = '''def cross_entropy(y_hat, y):
    # pick each row's probability of its true class, then -log of it
    picked = nd.pick(y_hat, y)
    picked = nd.clip(picked, 1e-12, 1.0)
    losses = -nd.log(picked)
    return losses
'''


def corpus(stem):
    return (CORPUS / f"{stem}.py").read_text()


CLASS = {
    "ada": {}, "ben": {}, "cleo": {}, "dan": None, "eli": None,
    "fay": {"softmax": corpus("softmax_no_max_subtraction_75")},
    "gus": {"softmax": corpus("softmax_no_max_subtraction_75")},
    "hana": {"softmax": corpus("softmax_no_max_subtraction_75"),
             "sgd": corpus("sgd_rebinds_0")},
    "ivan": {"sgd": corpus("sgd_rebinds_0")},
    "jo": {"dropout": corpus("dropout_no_rescale_50")},
    "kim": {"cross_entropy": COPIED},
    "lee": {"cross_entropy": COPIED.replace("# pick each", "# take each")},
}


def run(course, *cmd):
    subprocess.run([sys.executable, "-m", *cmd], cwd=course, env=tool_env(), check=True,
                   stdout=subprocess.DEVNULL)


def make_class(course):
    course.mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", course)
    shutil.copytree(REPO / "source" / "ch03", course / "source" / "ch03")
    due = datetime.datetime(2026, 11, 30, 23, 59, tzinfo=datetime.timezone.utc)
    run(course, "nbgrader", "db", "assignment", "add", "ch03",
        f"--duedate={due.isoformat()}", "--log-level=ERROR")
    run(course, "nbgrader", "generate_assignment", "ch03", "--force", "--log-level=ERROR")
    for student, answers in CLASS.items():
        nb = samples.submission(course, "ch03", answers or {}, solved=answers is not None)
        folder = course / "submitted" / student / "ch03"
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / "ch03.ipynb")
        late = {"jo": 30, "kim": 50}.get(student, -2)  # hours after the due date
        (folder / "timestamp.txt").write_text(str(due + datetime.timedelta(hours=late)))
    run(course, "autograder", "extend", "ch03", "kim", "--days", "3", "--course", str(course))


def photograph(page, html, png, start=None, end=None, height=None):
    """A picture of ``html`` from the heading ``start`` to the heading ``end`` (or the page's
    end), or of its first ``height`` pixels."""
    page.goto(html.as_uri())
    page.wait_for_load_state("load")
    width = page.viewport_size["width"]

    def top_of(heading):
        return page.locator("h1, h2", has_text=heading).first.bounding_box()["y"]

    top = top_of(start) - 12 if start else 0
    bottom = (top_of(end) - 8 if end else top + height if height
              else page.evaluate("document.body.scrollHeight"))
    page.screenshot(path=str(png), full_page=True,
                    clip={"x": 0, "y": top, "width": width, "height": bottom - top})


def main():
    IMG.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        course = Path(tmp) / "course"
        make_class(course)
        run(course, "autograder", "autograde", "ch03", "--course", str(course), "--jobs", "2")
        run(course, "nbgrader", "generate_feedback", "ch03", "--log-level=ERROR")
        from playwright.sync_api import sync_playwright

        summary = course / "reports" / "ch03" / "summary.html"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM,
                                        args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1000, "height": 800})
            photograph(page, summary, IMG / "class-overview.png", "class summary",
                       "Common mistakes")
            photograph(page, summary, IMG / "class-mistakes.png", "Common mistakes",
                       "Flagged submissions")
            photograph(page, course / "feedback" / "fay" / "ch03" / "ch03.html",
                       IMG / "feedback.png", height=900)
            browser.close()
    for png in sorted(IMG.glob("*.png")):
        print(png.relative_to(REPO))


if __name__ == "__main__":
    main()
