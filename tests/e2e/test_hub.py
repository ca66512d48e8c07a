"""The course on a real JupyterHub, driven through its web pages by headless Chromium.

One class, one course round trip, each step a test that needs the ones before it:

1. a student logs in, fetches ch03 from the assignment list, fills in two exercises
   (softmax right, relu wrong), runs the public check, validates and submits;
2. the instructor opens the formgrader (a hub service), collects, autogrades with the
   sandboxed judge, generates and releases feedback; the gradebook holds the judge's scores;
3. the student fetches the feedback and sees the score and the judge's messages, and no
   hidden test code;
4. a second student can read neither the first one's work nor the course, the gradebook,
   the hidden checks or the judge, cannot import it, and cannot open the formgrader.

Every step saves screenshots in build/e2e/screenshots/. ``make e2e`` runs it.
"""

import json
import os
import pwd
import re
import subprocess
from pathlib import Path

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.incremental

ASSIGNMENT = "ch03"
SOFTMAX = """def softmax(X):
    X_exp = (X - X.max(axis=1, keepdims=True)).exp()
    return X_exp / X_exp.sum(axis=1, keepdims=True)"""
RELU_WRONG = """def relu(X):
    return X  # forgot to clip the negative entries"""

STATE = {}  # pages kept from one step to the next


# --- JupyterLab helpers ---------------------------------------------------------------------

def login(browser, hub, user):
    """Log in through the hub's login page; returns a page showing the user's JupyterLab."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(hub.url + "/hub/login")
    page.fill("#username_input", user)
    page.fill("#password_input", hub.passwords[user])
    page.click("#login_submit")
    page.wait_for_url(re.compile(r".*/user/[^/]+/lab.*"), timeout=120_000)
    open_lab(page, hub, user)
    return page


def open_lab(page, hub, user):
    page.goto(f"{hub.url}/user/{user}/lab?reset")  # a clean workspace
    page.wait_for_selector(".jp-LauncherCard", timeout=120_000)


def menu(page, top, item):
    page.locator(".lm-MenuBar-itemLabel", has_text=top).click()
    page.locator(".lm-Menu-itemLabel", has_text=item).click()


def open_assignment_list(page):
    menu(page, "Nbgrader", "Assignment List")
    page.wait_for_selector("#released_assignments_list")
    page.wait_for_selector("#released_assignments_list_loading", state="hidden")
    page.wait_for_selector("#fetched_assignments_list_loading", state="hidden")
    page.wait_for_selector("#submitted_assignments_list_loading", state="hidden")


def cell(page, text):
    """The notebook cell whose text contains ``text``."""
    return page.locator(".jp-Notebook .jp-Cell").filter(has_text=text).first


def type_code(page, editor, source, replace=False):
    """Put ``source`` into a cell's editor as typed text, and wait until the notebook has it."""
    editor.click()
    if replace:
        page.keyboard.press("Control+a")
    page.keyboard.insert_text(source)
    last = source.strip().splitlines()[-1].strip()
    editor.filter(has_text=last).wait_for()
    page.wait_for_timeout(500)  # let the notebook model catch up with the editor


def replace_cell_source(page, text, source):
    type_code(page, cell(page, text).locator(".cm-content"), source, replace=True)
    page.keyboard.press("Escape")


def run_cell(page, text):
    target = cell(page, text)
    target.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    return target


def wait_idle(page):
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']",
                           timeout=120_000)


# --- the steps --------------------------------------------------------------------------------

def test_student_fetches_works_validates_and_submits(hub, browser, shot):
    student = hub.students[0]
    page = login(browser, hub, student)
    STATE["student1"] = page
    shot(page, "student-lab")

    # Only the assignment list: students get no formgrader and no course-list.
    page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    items = page.locator(".lm-Menu-itemLabel").all_inner_texts()
    page.keyboard.press("Escape")
    assert "Assignment List" in items and not any("Formgrader" in i for i in items), items

    open_assignment_list(page)
    released = page.locator("#released_assignments_list")
    assert ASSIGNMENT in released.inner_text()
    assert hub.course_id in released.inner_text()
    shot(page, "student-assignment-list")
    released.get_by_role("button", name="Fetch").click()
    fetched = page.locator("#fetched_assignments_list .list_item").filter(has_text=ASSIGNMENT)
    fetched.first.wait_for()
    shot(page, "student-fetched")

    # Open the notebook from the list.
    fetched.first.locator("a.assignment-notebooks-link").click()
    page.locator(f"#nbgrader-{hub.course_id}-{ASSIGNMENT} a", has_text=ASSIGNMENT).click()
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell")
    wait_idle(page)
    shot(page, "student-notebook")

    # Fill in two exercises: one right, one wrong.
    replace_cell_source(page, "def softmax(X):", SOFTMAX)
    replace_cell_source(page, "def relu(X):", RELU_WRONG)

    # The public self-check in the student's own kernel (d2l, check() and the references).
    run_cell(page, "from d2l.selfcheck.ch03 import check")
    run_cell(page, "X_exp.sum(axis=1")
    check = run_cell(page, 'check("softmax", softmax)')
    output = check.locator(".jp-OutputArea-output")
    output.filter(has_text="public checks passed").first.wait_for(timeout=120_000)
    assert "all 3 public checks passed" in output.first.inner_text()
    check.scroll_into_view_if_needed()
    shot(page, "student-public-check")

    # Validate (saves first) and read the verdict.
    page.locator(".jp-NotebookPanel-toolbar .validate-button").click()
    dialog = page.locator(".jp-Dialog").filter(has_text="Validation Results")
    dialog.wait_for(timeout=300_000)
    verdict = dialog.inner_text()
    shot(page, "student-validated")
    assert "There was an error running the validate command" not in verdict, verdict
    dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
    notebook = hub.root / "home" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    saved = notebook.read_text()
    assert "X_exp.sum(axis=1" in saved and "forgot to clip" in saved

    # Submit from the assignment list.
    page.locator(".lm-TabBar-tab", has_text="Assignments").click()
    page.locator("#fetched_assignments_list").get_by_role("button", name="Submit").click()
    submitted = page.locator("#submitted_assignments_list .list_item").filter(
        has_text=ASSIGNMENT)
    submitted.first.wait_for()
    shot(page, "student-submitted")
    inbound = hub.root / "exchange" / hub.course_id / "inbound"
    assert any(p.name.startswith(f"{student}+{ASSIGNMENT}+") for p in inbound.iterdir())


def test_instructor_collects_autogrades_and_releases_feedback(hub, browser, shot):
    student = hub.students[0]
    page = login(browser, hub, hub.instructor)
    STATE["instructor"] = page
    # The hub's Services menu leads to the grading service: JupyterLab as the grading
    # account, in the course directory.
    page.goto(hub.url + "/hub/home")
    page.get_by_role("button", name="Services").click()
    shot(page, "instructor-hub-services")
    page.get_by_role("link", name=hub.course_id).click()
    page.wait_for_url(re.compile(rf".*/services/{hub.course_id}/lab.*"), timeout=120_000)
    page.locator(".jp-DirListing-item", has_text="source").wait_for(timeout=120_000)
    shot(page, "instructor-grading-service")

    formgrader = f"{hub.url}/services/{hub.course_id}/formgrader"
    page.goto(formgrader)
    row = page.locator("tbody tr").filter(has=page.locator("td.name", has_text=ASSIGNMENT))
    row.wait_for()
    shot(page, "instructor-formgrader")

    def confirm(what):
        modal = page.locator(".modal.in, .modal.show").first
        modal.wait_for(timeout=300_000)
        title = modal.locator(".modal-title").inner_text()
        text = modal.inner_text()
        shot(page, f"instructor-{what}")
        assert title == "Success", text
        modal.locator(".modal-footer button").click()
        modal.wait_for(state="detached")
        return text

    row.locator("td.collect a").click()
    confirm("collected")
    expect(row.locator("td.num-submissions")).to_have_text("1")
    assert (hub.course / "submitted" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").exists()

    # Autograde the submission: the judge runs it in bubblewrap, as the grading account.
    page.goto(f"{formgrader}/manage_submissions/{ASSIGNMENT}")
    srow = page.locator("tbody tr").filter(has_text=student)
    srow.wait_for()
    srow.locator("td.autograde a").click()
    log = confirm("autograded")
    assert "Successfully autograded" in log
    page.reload()
    expect(srow.locator("td.status")).to_contain_text("graded")
    shot(page, "instructor-submissions")

    # What the judge recorded: sandboxed, softmax right, relu wrong.
    result = judge_result(hub, student)
    assert "no_sandbox" not in json.dumps(result["flags"]), result["flags"]
    softmax, relu = result["exercises"]["softmax"], result["exercises"]["relu"]
    assert softmax["status"] == "passed", softmax
    assert relu["status"] in ("failed", "partial") and relu["score"] < relu["max_score"], relu
    assert any(m.startswith("[FAILED]") for m in relu["messages"]), relu
    assert result["score"] == pytest.approx(softmax["score"] + relu["score"])

    # The gradebook holds the judge's partial credit.
    grades = gradebook_scores(hub, student)
    assert grades["total"] == pytest.approx(result["score"])
    assert grades["max"] == pytest.approx(result["max_score"])
    assert grades["test_softmax"] == pytest.approx(softmax["score"])
    assert grades["test_relu"] == pytest.approx(relu["score"])

    # The formgrader lists the submission with the judge's score.
    expect(srow.locator("td.score")).to_have_text(
        re.compile(rf"\s*{result['score']:g} / {result['max_score']:g}\s*"))

    # The autograded notebook in the formgrader shows each check's message.
    page.goto(f"{formgrader}/submissions/{grades['notebook_id']}")
    page.wait_for_selector("#notebook-container, .cell, body")
    graded = page.locator("body").inner_text()
    page.get_by_text(headline(relu)).first.scroll_into_view_if_needed()
    shot(page, "instructor-autograded-notebook")
    assert headline(softmax) in graded, graded[:2000]
    assert headline(relu) in graded
    assert relu["messages"][0][:60] in graded

    page.goto(formgrader)
    row.wait_for()
    row.locator("td.generate-feedback a").click()
    confirm("generated-feedback")
    row.locator("td.release-feedback a").click()
    confirm("released-feedback")
    shot(page, "instructor-done")


def test_student_reads_feedback(hub, browser, shot):
    student = hub.students[0]
    page = STATE["student1"]
    open_lab(page, hub, student)
    open_assignment_list(page)
    item = page.locator("#submitted_assignments_list .list_item").filter(has_text=ASSIGNMENT)
    item.first.get_by_role("button", name="Fetch Feedback").click()
    link = page.locator("#submitted_assignments_list a", has_text="view feedback")
    link.first.wait_for()
    shot(page, "student-feedback-fetched")
    link.first.click()
    page.locator(".jp-DirListing-item", has_text=f"{ASSIGNMENT}.html").dblclick()
    frame = page.frame_locator(".jp-HTMLViewer iframe")
    frame.locator("body").filter(has_text="softmax").wait_for()
    shot(page, "student-feedback-in-lab")

    # The same feedback page on its own, as the server sends it.
    feedback = sorted((hub.root / "home" / student / ASSIGNMENT / "feedback").glob(
        f"*/{ASSIGNMENT}.html"))
    assert feedback, "no feedback in the student's home folder"
    relative = feedback[-1].relative_to(hub.root / "home" / student)
    page.goto(f"{hub.url}/user/{student}/files/{relative}")
    text = page.locator("body").inner_text()
    shot(page, "student-feedback-page")
    page.get_by_text("relu: ").first.scroll_into_view_if_needed()
    shot(page, "student-feedback-relu")
    grades = gradebook_scores(hub, student)
    result = judge_result(hub, student)
    assert re.search(rf"Score:\s*{grades['total']:g}\s*/\s*{grades['max']:g}", text), text[:500]
    for name in ("softmax", "relu"):
        exercise = result["exercises"][name]
        assert headline(exercise) in text
        for message in exercise["messages"]:
            assert message[:60] in text
    for secret in ("BEGIN HIDDEN TESTS", "hidden_checks", "autograder.inkernel"):
        assert secret not in text, f"the feedback shows hidden test code ({secret})"
    # The table of contents names each exercise and its section; formulas are MathML that
    # the browser lays out itself (the hub has no MathJax CDN to fetch).
    toc = page.locator("#toc")
    assert toc.locator("li.exercise").count() == len(result["exercises"])
    assert "softmax (§3.6 softmax回归的从零开始实现)" in toc.inner_text()
    box = page.locator("math").first.bounding_box()
    assert box and box["height"] > 5 and box["width"] > 5
    assert "\\frac{" not in text and "\\hat{" not in text, "raw TeX on the feedback page"


PROBE = """import os
paths = {paths}
for name, path in paths.items():
    try:
        with open(path, "rb") as f:
            f.read(1)
        print("READ", name)
    except OSError as e:
        print("DENIED", name, type(e).__name__)
for name, path in {dirs}.items():
    try:
        print("LISTED", name, len(os.listdir(path)))
    except OSError as e:
        print("DENIED", name, type(e).__name__)
try:
    import autograder
    print("READ autograder-package", autograder.__file__)
except ImportError as e:
    print("DENIED autograder-package", type(e).__name__)
print("probe done")"""


def secret_paths(hub):
    """What a student must not read: name -> path (files)."""
    first = hub.students[0]
    repo = Path(hub.settings["repo"])
    return {
        "other-student-notebook": hub.root / "home" / first / ASSIGNMENT / f"{ASSIGNMENT}.ipynb",
        "course-source": hub.course / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb",
        "course-submission": hub.course / "submitted" / first / ASSIGNMENT /
        f"{ASSIGNMENT}.ipynb",
        # The gradebook: the database's address and password (PostgreSQL) or the file.
        "gradebook": next(p for p in (hub.course / ".gradebook_url", hub.course / "gradebook.db")
                          if p.exists()),
        "judge-secret": hub.course / ".judge_secret",
        "hidden-checks": hub.root / "judge" / "autograder" / "exercises" / ASSIGNMENT /
        "softmax" / "test_softmax.py",
        "hidden-reference": hub.root / "judge" / "autograder" / "exercises" / ASSIGNMENT /
        "softmax" / "reference.py",
        "repository-hidden-checks": repo / "autograder" / "exercises" / ASSIGNMENT /
        "softmax" / "test_softmax.py",
        "hub-passwords": hub.root / "hub" / "passwords.json",
    }


def secret_dirs(hub):
    return {
        "other-student-home": hub.root / "home" / hub.students[0],
        "exchange-inbound": hub.root / "exchange" / hub.course_id / "inbound",
    }


def test_second_student_cannot_read_the_first_or_the_course(hub, browser, shot):
    other = hub.students[1]
    page = login(browser, hub, other)
    STATE["student2"] = page
    shot(page, "student2-lab")

    # A notebook of their own that tries to read everything it should not.
    page.locator(".jp-LauncherCard[data-category='Notebook']").first.click()
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell .cm-content")
    wait_idle(page)
    public = {"released-assignment": hub.root / "exchange" / hub.course_id / "outbound" /
              ASSIGNMENT / f"{ASSIGNMENT}.ipynb",
              "public-references": hub.root / "references" / ASSIGNMENT / "softmax" / "cases.npz",
              "public-check": hub.root / "references" / ASSIGNMENT / "softmax" / "public.py"}
    paths = {k: str(v) for k, v in {**secret_paths(hub), **public}.items()}
    dirs = {k: str(v) for k, v in secret_dirs(hub).items()}
    code = PROBE.format(paths=json.dumps(paths), dirs=json.dumps(dirs))
    type_code(page, page.locator(".jp-NotebookPanel .jp-Cell .cm-content").first, code)
    page.keyboard.press("Shift+Enter")
    out = page.locator(".jp-OutputArea-output").filter(has_text="probe done").first
    out.wait_for(timeout=120_000)
    lines = out.inner_text().splitlines()
    shot(page, "student2-cannot-read")
    verdict = {line.split()[1]: line.split()[0] for line in lines if len(line.split()) > 1}
    for name in [*secret_paths(hub), *secret_dirs(hub), "autograder-package"]:
        assert verdict.get(name) == "DENIED", f"{other} could read {name}: {lines}"
    for name in public:  # the probe itself works: public course files are readable
        assert verdict.get(name) == "READ", lines

    # The file permissions alone (outside the server's private view) deny it as well.
    entry = pwd.getpwnam(other)
    for name, path in {**secret_paths(hub), **secret_dirs(hub)}.items():
        if name == "repository-hidden-checks":
            continue  # the checkout's own permissions are the developer's business
        probe = subprocess.run(
            ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--init-groups",
             "/bin/ls" if os.path.isdir(path) else "/bin/cat",
             str(path)], capture_output=True)
        assert probe.returncode != 0, f"{other} can read {path} outside the hub"

    # The formgrader is for instructors only: no Services menu, and a 403 at its address.
    page.goto(hub.url + "/hub/home")
    assert page.get_by_role("button", name="Services").count() == 0
    response = page.goto(f"{hub.url}/services/{hub.course_id}/formgrader")
    shot(page, "student2-formgrader-forbidden")
    assert response.status == 403, response.status
    assert "nbgrader" not in page.title().lower()


def headline(exercise):
    """How the judge's result heads an exercise's test cell: ``relu: 0.25 / 1 (partial)``."""
    return (f"{exercise['name']}: {exercise['score']:g} / {exercise['max_score']:g} "
            f"({exercise['status']})")


def judge_result(hub, student):
    """The judge's stored result for the student's submission, exercises by name."""
    record = json.loads((hub.course / "judge_results" / ASSIGNMENT / student /
                         f"{ASSIGNMENT}.json").read_text())
    assert record["status"] == "graded", record
    result = dict(record["result"])
    result["exercises"] = {e["name"]: e for e in result["exercises"]}
    return result


def gradebook_scores(hub, student):
    """The gradebook's view of the student's submission (read as root, with nbgrader)."""
    from nbgrader.api import Gradebook

    with Gradebook(hub.db_url, course_id=hub.course_id) as gb:
        submission = gb.find_submission(ASSIGNMENT, student)
        scores = {"total": submission.score, "max": submission.max_score,
                  "notebook_id": submission.notebooks[0].id}
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                scores[grade.name] = grade.score
    return scores
