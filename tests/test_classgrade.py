"""Grading a class: nbgrader's gradebook, parallel = one by one = Dask, resumable, reports."""

import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser

import nbformat
import pytest

from autograder import samples
from autograder.config import tool_env
from autograder.nbgrader_bridge import LatePenalty

from .conftest import REPO
from .test_corpus import CASES

LIMITS = "\nc.Judge.cell_timeout = 4.0\nc.Judge.call_timeout = 4.0\n"


def make_course(path):
    """An nbgrader course with ch03 released and six submissions of every kind."""
    path.mkdir()
    shutil.copy(REPO / "nbgrader_config.py", path)
    with open(path / "nbgrader_config.py", "a") as f:
        f.write(LIMITS)
    shutil.copytree(REPO / "source" / "ch03", path / "source" / "ch03")
    run(path, "nbgrader", "generate_assignment", "ch03", "--force")
    corpus = {c.path.stem: c.code for c in CASES["ch03"]}
    answers = {"alice": {}, "bob": None,
               "carol": {"softmax": corpus["softmax_no_max_subtraction_75"]},
               "dave": {"sgd": corpus["sgd_endless_loop_0"]},
               "frank": {"relu": "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n"},
               "mallory": {"softmax": corpus["cheat_softmax_npx_0"]}}
    for student, given in answers.items():
        nb = samples.submission(path, "ch03", given or {}, solved=given is not None)
        target = path / "submitted" / student / "ch03" / "ch03.ipynb"
        target.parent.mkdir(parents=True)
        nbformat.write(nb, target)
    broken = path / "submitted" / "eve" / "ch03"
    broken.mkdir(parents=True)
    (broken / "ch03.ipynb").write_text('{"cells": [')
    (path / ".judge_secret").write_text("the same secret for every copy\n")
    return path


def run(course, *cmd, check=True, **kwargs):
    exe = [sys.executable, "-m", *cmd] if cmd[0] in ("nbgrader", "autograder") else list(cmd)
    return subprocess.run(exe, cwd=course, env=tool_env(), capture_output=True, text=True,
                          check=check, timeout=600, **kwargs)


def gradebook(course, url=None):
    """student -> {grade cell -> auto score}, through nbgrader's own API."""
    from nbgrader.api import Gradebook

    out = {}
    with Gradebook(url or f"sqlite:///{course / 'gradebook.db'}") as gb:
        for submission in gb.assignment_submissions("ch03"):
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    out.setdefault(submission.student.id, {})[grade.name] = grade.auto_score
    return out


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return make_course(tmp_path_factory.mktemp("class") / "course")


@pytest.fixture(scope="module")
def parallel(pristine, tmp_path_factory):
    course = tmp_path_factory.mktemp("parallel") / "course"
    shutil.copytree(pristine, course)
    proc = run(REPO, "autograder", "autograde", "ch03", "--course", str(course), "--jobs", "2",
               check=False)
    assert "6 to grade" not in proc.stdout and "7 to grade" in proc.stdout, proc.stdout
    assert "not gradable: eve" in proc.stdout
    return course


def test_the_gradebook_holds_the_judges_partial_scores(parallel):
    grades = gradebook(parallel)
    assert set(grades) == {"alice", "bob", "carol", "dave", "eve", "frank", "mallory"}
    assert set(grades["eve"].values()) == {None}  # unreadable: left to grade by hand
    assert sum(grades["alice"].values()) == 18
    assert sum(grades["bob"].values()) == 0
    assert grades["carol"]["test_softmax"] == 1.5
    assert grades["dave"]["test_sgd"] == 0 and sum(grades["dave"].values()) == 17
    assert grades["frank"]["test_relu"] == 0 and sum(grades["frank"].values()) == 17
    assert grades["mallory"]["test_softmax"] == 0


def test_parallel_grading_equals_plain_nbgrader_autograde(pristine, parallel, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(pristine, course)
    run(course, "nbgrader", "autograde", "ch03", check=False)  # one by one, the judge inside
    assert gradebook(course) == gradebook(parallel)


def _default_sigint():
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_an_interrupted_class_resumes_without_regrading(pristine, parallel, tmp_path, how):
    course = tmp_path / "course"
    shutil.copytree(pristine, course)
    cmd = [sys.executable, "-m", "autograder", "autograde", "ch03", "--course", str(course),
           "--jobs", "1"]
    # As from a terminal: a command started in the background of a script inherits SIGINT
    # ignored (POSIX), and rightly keeps ignoring it, so this test must not depend on how
    # its own runner was started.
    proc = subprocess.Popen(cmd, cwd=REPO, env=tool_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=_default_sigint)
    results = course / "judge_results" / "ch03"
    deadline = time.monotonic() + 180
    while len(list(results.glob("*/*.json"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    # SIGKILL is as hard as it gets (no cleanup at all); Ctrl-C reaches the whole group
    os.killpg(proc.pid, how)
    _, err = proc.communicate(timeout=60)
    if how == signal.SIGINT:
        assert proc.returncode == 130 and "run the same command again" in err, err
        assert "Traceback" not in err, err
    done = {p: p.read_bytes() for p in results.glob("*/*.json")}
    assert 2 <= len(done) < 7
    again = run(REPO, "autograder", "autograde", "ch03", "--course", str(course), "--jobs",
                "2", check=False)
    assert f"{len(done)} already graded" in again.stdout
    assert all(p.read_bytes() == data for p, data in done.items())  # none graded twice
    assert gradebook(course) == gradebook(parallel)


def test_a_dask_cluster_gives_the_same_scores(pristine, parallel, tmp_path):
    from distributed import LocalCluster

    from autograder import classgrade

    course = tmp_path / "course"
    shutil.copytree(pristine, course)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, open(os.devnull, "w") as quiet:
        classgrade.main("ch03", course, scheduler=cluster.scheduler_address, out=quiet)
    assert gradebook(course) == gradebook(parallel)
    assert (course / "judge_results" / "ch03" / "eve" / "ch03.json").exists()


POSTGRES = os.environ.get("D2L_TEST_POSTGRES")  # a role that may create databases


@pytest.fixture
def postgres_url():
    """A new, empty PostgreSQL database for one test (dropped afterwards)."""
    if not POSTGRES:
        pytest.skip("set D2L_TEST_POSTGRES=postgresql://USER:PASSWORD@HOST/DB (a role with "
                    "CREATEDB) to test the PostgreSQL gradebook; .ci/run does")
    import sqlalchemy

    name = f"d2l_test_{os.getpid()}_{time.monotonic_ns()}"
    admin = sqlalchemy.create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    yield sqlalchemy.engine.make_url(POSTGRES).set(database=name).render_as_string(
        hide_password=False)
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_a_postgres_gradebook_gets_exactly_what_sqlite_gets(pristine, parallel, postgres_url,
                                                            tmp_path):
    course = tmp_path / "course"
    shutil.copytree(pristine, course, ignore=shutil.ignore_patterns("judge_results"))
    with open(course / "nbgrader_config.py", "a") as f:
        f.write(f"\nc.CourseDirectory.db_url = {postgres_url!r}\n")
    (course / "gradebook.db").unlink()
    first = run(REPO, "autograder", "autograde", "ch03", "--course", str(course), check=False)
    assert first.returncode == 2 and "has no assignment 'ch03'" in first.stderr
    assert "generate_assignment ch03" in first.stderr and ":d2l" not in first.stderr  # no pw
    run(course, "nbgrader", "generate_assignment", "ch03", "--force")  # as on a new server
    # Two graders start a class run at once: the second waits for the first, then finds
    # every result stored; no grade is lost or recorded twice.
    cmd = [sys.executable, "-m", "autograder", "autograde", "ch03", "--course", str(course),
           "--jobs", "1"]
    runs = [subprocess.Popen(cmd, cwd=REPO, env=tool_env(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [r.communicate(timeout=600) for r in runs]
    stdout = "".join(out for out, _ in outputs)
    assert all(r.returncode in (0, 1) for r in runs), outputs  # 1: eve is not gradable
    assert "waiting for the grading run already under way" in stdout, stdout
    assert "7 to grade" in stdout and "7 already graded" in stdout
    assert "UniqueViolation" not in "".join(err for _, err in outputs)
    assert not (course / "gradebook.db").exists()
    assert gradebook(course, postgres_url) == gradebook(parallel)
    from nbgrader.api import Gradebook

    with Gradebook(postgres_url) as gb:
        students = [s.student.id for s in gb.assignment_submissions("ch03")]
    assert sorted(students) == sorted(set(students)) and len(students) == 7
    run(course, "nbgrader", "export", f"--to={tmp_path / 'grades.csv'}")
    with open(tmp_path / "grades.csv") as f:
        exported = {row["student_id"]: float(row["score"]) for row in csv.DictReader(f)}
    assert exported["alice"] == 18 and len(exported) == 7


def test_feedback_shows_messages_but_no_hidden_test_code(parallel):
    run(parallel, "nbgrader", "generate_feedback", "ch03")
    page = (parallel / "feedback" / "carol" / "ch03" / "ch03.html").read_text()
    text = " ".join(page.split())  # the feedback wraps long messages
    assert "Subtract each row&#39;s maximum" in text or "Subtract each row's maximum" in text
    assert "hidden_checks" not in page and "HIDDEN TESTS" not in page
    assert "Traceback (most recent call last)" not in page


def test_feedback_names_exercises_and_needs_no_network_for_formulas(parallel):
    run(parallel, "nbgrader", "generate_feedback", "ch03", "--force")
    page = (parallel / "feedback" / "carol" / "ch03" / "ch03.html").read_text()
    toc = page[page.index('<div id="toc">'):page.index("</ol>")]
    text = " ".join(toc.split())
    assert "Test cell" not in toc and ">Comment<" not in toc
    assert ("<code>softmax</code></a> (§3.6 softmax回归的从零开始实现): 1.5 / 2.0" in text), text
    assert text.count('class="exercise"') == 13
    assert "<script src=" not in page.replace("<script src=\"\"", "")  # no CDN script
    assert page.count("<math") >= 10
    body = re.sub(r"<code>.*?</code>|<pre>.*?</pre>|<script.*?</script>|<style.*?</style>", "",
                  page, flags=re.S)
    assert not re.search(r"\$[^$\s]", body), "raw TeX left on the page"


CANVAS_FIXED = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
CANVAS_IGNORED = {"Current Score", "Final Score", "Unposted Current Score", "Unposted Final Score",
                  "Current Grade", "Final Grade", "Integration ID", "Root Account"}


def read_canvas(path):
    """What Canvas's gradebook import takes from a CSV: {login: {column: points}}, points."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    assert header[:5] == CANVAS_FIXED, header[:5]
    items = [i for i, title in enumerate(header) if i >= 5 and title not in CANVAS_IGNORED]
    points = next(r for r in body if r[0].strip() == "Points Possible")
    students = {}
    for row in body:
        if row[0].strip() == "Points Possible":
            continue
        assert len(row) == len(header), row
        login = row[header.index("SIS Login ID")]
        students[login] = {header[i]: float(row[i]) for i in items}
    return students, {header[i]: float(points[i]) for i in items}


def test_lms_exports_import_as_canvas_and_moodle_read_them(parallel, tmp_path):
    book = gradebook(parallel)
    run(parallel, "nbgrader", "export", "--exporter=autograder.lms.CanvasExport",
        f"--to={tmp_path / 'canvas.csv'}")
    students, points = read_canvas(tmp_path / "canvas.csv")
    assert points["ch03"] == 18 and points["ch03: softmax"] == 2
    assert sum(v for k, v in points.items() if k != "ch03") == 18  # the exercises add up
    for student, grades in book.items():
        assert students[student]["ch03"] == pytest.approx(sum(v or 0 for v in grades.values()))
        for cell, score in grades.items():
            assert students[student][f"ch03: {cell[len('test_'):]}"] == pytest.approx(score or 0)
    assert students["carol"]["ch03: softmax"] == 1.5 and students["alice"]["ch03"] == 18

    run(parallel, "nbgrader", "export", "--exporter=autograder.lms.MoodleExport",
        "--MoodleExport.exercises=False", f"--to={tmp_path / 'moodle.csv'}")
    with open(tmp_path / "moodle.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["Username", "Email address", "ch03"]
    moodle = {r["Username"]: float(r["ch03"]) for r in rows}  # Moodle: a point as decimal mark
    assert moodle == {s: pytest.approx(students[s]["ch03"]) for s in students}


def test_the_class_report(parallel):
    with open(parallel / "reports" / "ch03" / "grades.csv") as f:
        rows = {row["student"]: row for row in csv.DictReader(f)}
    assert set(rows) == {"alice", "bob", "carol", "dave", "eve", "frank", "mallory"}
    assert float(rows["alice"]["total"]) == 18 and float(rows["carol"]["softmax"]) == 1.5
    assert rows["eve"]["status"].startswith("not gradable")
    assert "timeout" in rows["dave"]["status"] and "forbidden" in rows["mallory"]["status"]

    class Parse(HTMLParser):
        images, text = 0, []

        def handle_starttag(self, tag, attrs):
            self.images += tag == "img"

        def handle_data(self, data):
            self.text.append(data)

    page = Parse()
    page.feed((parallel / "reports" / "ch03" / "summary.html").read_text())
    text = " ".join(page.text)
    assert page.images == 1 and "7 submissions, 6 graded" in text
    assert "Flagged submissions (4)" in text and "mallory" in text and "eve" in text
    assert "Common mistakes" in text

    with open(parallel / "reports" / "ch03" / "mistakes.csv") as f:
        mistakes = list(csv.DictReader(f))
    softmax = [m for m in mistakes if m["exercise"] == "softmax"]
    assert any(m["students"] == "carol" and "maximum" in m["diagnosis"] for m in softmax)
    sgd = {m["students"]: m for m in mistakes if m["exercise"] == "sgd"}
    assert "timeout" in sgd["dave"]["diagnosis"] or "time" in sgd["dave"]["diagnosis"]


def test_mistake_clusters_group_the_same_diagnosis_on_different_inputs():
    from autograder.report import mistake_clusters

    def record(status, *messages):
        return {"status": "graded", "result": {"exercises": [
            {"name": "softmax", "status": status, "messages": list(messages)}]}}

    records = {
        "ann": record("partial", "[passed] rows sum to 1",
                      "[FAILED] matches nd.softmax: wrong axis: max error 0.25 at (1, 2)"),
        "ben": record("partial",
                      "[FAILED] matches nd.softmax: wrong axis: max error 1e-3 at (0, 4)"),
        "cat": record("failed", "[FAILED] matches nd.softmax: overflow to nan"),
        "dan": record("passed", "[passed] rows sum to 1"),
    }
    (first, who), (second, alone) = mistake_clusters(records, ["softmax"])["softmax"]
    assert who == ["ann", "ben"] and "wrong axis: max error # at (#, #)" in first
    assert alone == ["cat"] and "overflow" in second


def test_an_extension_moves_one_students_due_date(pristine, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(pristine, course, ignore=shutil.ignore_patterns("judge_results"))
    for student in ("bob", "dave", "eve", "frank", "mallory"):
        shutil.rmtree(course / "submitted" / student)
    run(course, "nbgrader", "db", "assignment", "add", "ch03",
        "--duedate=2026-11-01 12:00:00 UTC")
    for student in ("alice", "carol"):  # both 1.5 days late
        (course / "submitted" / student / "ch03" / "timestamp.txt").write_text(
            "2026-11-03 00:00:00 UTC")
    shown = run(REPO, "autograder", "extend", "ch03", "alice", "--days", "2",
                "--course", str(course))
    assert "ch03 alice: due 2 days later" in shown.stdout
    run(REPO, "autograder", "autograde", "ch03", "--course", str(course), "--jobs", "1")
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        got = {s.student.id: (s.score, s.late_submission_penalty or 0)
               for s in gb.assignment_submissions("ch03")}
    # alice's due date moved by 2 days: not late; carol: 2 started days, 20% of her score
    assert got["alice"] == (18, 0)
    assert got["carol"][1] == pytest.approx(0.2 * got["carol"][0]) and got["carol"][1] > 0
    page = (course / "reports" / "ch03" / "summary.html").read_text()
    assert "Extensions (1)" in page and "<b>alice</b>: due 2 days later" in page


def test_extensions_are_listed_removed_and_a_broken_file_is_named(tmp_path):
    run(REPO, "autograder", "extend", "ch03", "alice", "--hours", "30", "--course",
        str(tmp_path))
    listed = run(REPO, "autograder", "extend", "ch03", "--course", str(tmp_path)).stdout
    assert "ch03 alice: due 1 day 6 hours later" in listed
    run(REPO, "autograder", "extend", "ch03", "alice", "--course", str(tmp_path))
    assert json.loads((tmp_path / "extensions.json").read_text()) == {}
    (tmp_path / "extensions.json").write_text("{")
    broken = run(REPO, "autograder", "extend", "ch03", "--course", str(tmp_path), check=False)
    assert broken.returncode == 2 and "extensions.json is not readable JSON" in broken.stderr


def test_stored_results_are_json_with_the_judges_contract(parallel):
    record = json.loads((parallel / "judge_results" / "ch03" / "alice" / "ch03.json").read_text())
    assert record["status"] == "graded" and record["result"]["score"] == 18


@pytest.mark.parametrize("late, penalty", [(0, 0), (3600, 1.0), (1.5 * 86400, 2.0),
                                           (30 * 86400, 10.0)])
def test_late_penalty_takes_ten_percent_per_started_day(late, penalty):
    assert LatePenalty().late_submission_penalty("alice", 10.0, late) == penalty


def test_a_result_the_grader_lost_is_graded_again(tmp_path):
    from autograder import results

    target = tmp_path / "alice" / "ch03.json"
    record = {"key": "k", "status": "graded", "result": {"flags": [{"code": "cell_timeout"}]}}
    results.save(target, record)
    assert results.load(target, "k") == record
    assert results.load(target, "other key") is None
    for code in ("grading_lost", "grader_error"):
        record["result"]["flags"] = [{"code": code, "message": "the sandbox stopped"}]
        results.save(target, record)
        assert results.load(target, "k") is None


FORGER = """
import os
for fd in range(3, 256):
    try:
        os.write(fd, b"D2LJ" + bytes(40) + b"{\\"type\\": \\"reply\\"}" * 1000)
    except OSError:
        pass
def relu(X):
    return nd.maximum(X, 0)
"""
EARLY_SEAL = """
import glob, os
import child.harness as h
import child.wire as w
def softmax(X):
    newest = max(glob.glob('../.io-*/c*'), key=os.path.getmtime)
    early = h._seal(w.read_frame(open(newest, 'rb'))[0]['nonce'])
    h._seal = lambda nonce: early
    return nd.softmax(X)
"""


def test_an_attacker_between_honest_classmates_leaves_their_grades_alone(tmp_path):
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy(REPO / "nbgrader_config.py", course)
    with open(course / "nbgrader_config.py", "a") as f:
        f.write(LIMITS)
    shutil.copytree(REPO / "source" / "ch03", course / "source" / "ch03")
    run(course, "nbgrader", "generate_assignment", "ch03", "--force")
    class_ = {"a_honest": {}, "b_forger": {"relu": FORGER}, "c_honest": {},
              "d_early_seal": {"softmax": EARLY_SEAL}, "e_honest": {}}
    for student, given in class_.items():
        target = course / "submitted" / student / "ch03" / "ch03.ipynb"
        target.parent.mkdir(parents=True)
        nbformat.write(samples.submission(course, "ch03", given, solved=True), target)
    (course / ".judge_secret").write_text("secret\n")
    proc = run(REPO, "autograder", "autograde", "ch03", "--course", str(course), "--jobs", "1",
               check=False)
    assert "graded and recorded" in proc.stdout, proc.stdout + proc.stderr
    grades = {s: sum(v.values()) for s, v in gradebook(course).items()}
    assert grades == {"a_honest": 18, "b_forger": 0, "c_honest": 18, "d_early_seal": 0,
                      "e_honest": 18}, grades
    with open(course / "reports" / "ch03" / "grades.csv") as f:
        flagged = {row["student"]: row for row in csv.DictReader(f)}
    for student in ("b_forger", "d_early_seal"):
        assert "tampering" in json.dumps(flagged[student]), flagged[student]
    for student in ("a_honest", "c_honest", "e_honest"):
        assert "tampering" not in json.dumps(flagged[student])
    again = run(REPO, "autograder", "autograde", "ch03", "--course", str(course), "--jobs", "1",
                check=False)
    assert "5 already graded, 0 to grade" in again.stdout, again.stdout


def test_the_summary_lists_real_mistakes_first_and_untouched_stubs_apart():
    from autograder.report import summary_html

    def record(status, message):
        return {"status": "graded", "result": {"score": 0, "max_score": 2, "flags": [],
                                               "exercises": [{"name": "softmax", "score": 0,
                                                              "max_score": 2, "status": status,
                                                              "messages": [message]}]}}

    stub = "`softmax` is not implemented yet (it raises NotImplementedError)"
    records = {"ann": record("failed", "[FAILED] rows sum to 1: wrong axis"),
               "bob": record("error", stub), "cat": record("error", stub)}
    page = summary_html("ch03", records, ["softmax"], None, {}, [])
    table = page.split("<h2>Common mistakes</h2>")[1].split("</table>")[0]
    assert "wrong axis" in table and "ann" in table
    assert "not implemented" not in table
    assert "Not attempted (the stub still raises NotImplementedError): <code>softmax</code> 2" \
        in page
