"""The deadline rush: fifty students submit within a minute through the real exchange.

After the browser round trip (``test_hub.py``), fifty more of the hub's students, each a
real Unix account, do what a student does in a terminal on the hub: take a token from the
hub (its token page), ``nbgrader fetch_assignment ch03``, write their own answers and
``nbgrader submit ch03``, all fifty at the same moment. The instructor then collects and
grades the class with the judge (``python -m autograder autograde ch03 --jobs 2``) as the
grading account, while a student keeps using their JupyterLab.

Checked: every submission reaches the exchange once and is collected once, byte for byte
what its student wrote (SHA-256), none lost, truncated or mixed up; the gradebook gives each
student exactly the score their answers earn; the hub answers every request of the student
during the grading. Timings go to ``build/e2e/rush.json``.
"""

import hashlib
import json
import os
import pwd
import re
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
import requests

from autograder.notebook import load_assignment

from .conftest import OUT, REPO
from .test_hub import ASSIGNMENT, login

pytestmark = pytest.mark.incremental

RUSH = 50
CORPUS = REPO / "tests" / "submissions" / ASSIGNMENT
STATE = {}


# --- the students' side --------------------------------------------------------------------

def hub_token(hub, user):
    """A hub API token for ``user``, taken as the user takes one on the hub's token page."""
    s = requests.Session()
    s.get(f"{hub.url}/hub/login", timeout=60).raise_for_status()
    r = s.post(f"{hub.url}/hub/login", allow_redirects=False, timeout=60,
               data={"username": user, "password": hub.passwords[user],
                     "_xsrf": s.cookies["_xsrf"]})
    assert r.status_code == 302, (user, r.status_code, r.text[:500])
    r = s.post(f"{hub.url}/hub/api/users/{user}/tokens", timeout=60,
               json={"note": "deadline rush", "expires_in": 3600},
               headers={"X-XSRFToken": s.cookies["_xsrf"]})
    assert r.status_code == 201, (user, r.status_code, r.text[:500])
    return r.json()["token"]


def as_user(name, cmd, env=None, cwd=None):
    """Popen keyword arguments that run ``cmd`` as ``name`` (its groups, a clean env)."""
    entry = pwd.getpwnam(name)
    groups = os.getgrouplist(name, entry.pw_gid)
    base = {"HOME": entry.pw_dir, "USER": name, "LOGNAME": name, "LANG": "C.UTF-8",
            "PATH": "/usr/bin:/bin"}
    base.update(env or {})
    return dict(args=[str(c) for c in cmd], cwd=cwd or entry.pw_dir, env=base,
                user=entry.pw_uid, group=entry.pw_gid, extra_groups=groups,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def student_env(hub, user, token):
    return {"PATH": f"{hub.root / 'env' / 'bin'}:/usr/bin:/bin", "JUPYTERHUB_USER": user,
            "JUPYTERHUB_API_TOKEN": token, "JUPYTERHUB_API_URL": f"{hub.url}/hub/api"}


def mistakes():
    """Corpus submissions with one plausible mistake each, fit to grade in any notebook."""
    found = []
    for path in sorted(CORPUS.glob("*.py")):
        head = path.read_text().split("\n\n", 1)[0]
        percent = float(path.stem.rsplit("_", 1)[1])
        if (path.stem.startswith(("cheat_", "honest_")) or percent == 100
                or "alone: yes" in head or "sandbox: yes" in head or "others:" in head):
            continue
        exercise = re.search(r"^# exercise: (\w+)$", head, re.MULTILINE).group(1)
        found.append((exercise, path.read_text(), percent))
    return found


def answers_of(number, spec, solutions, wrong):
    """Student ``number``'s answers and the score they earn: a full solution, the blank
    release or one mistake, in turn."""
    points = {e.name: e.points for e in spec.exercises}
    total = sum(points.values())
    kind = number % 3
    if kind == 0:
        return dict(solutions), total
    if kind == 1:
        return {}, 0.0
    exercise, code, percent = wrong[number % len(wrong)]
    return dict(solutions, **{exercise: code}), total - points[exercise] * (1 - percent / 100)


def write_answers(path, user, answers):
    """Fill the fetched notebook's answer cells; each notebook also carries its author's
    name, so that a mix-up between two students shows in the hashes."""
    nb = nbformat.read(path, as_version=4)
    first = True
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution"):
            if meta["grade_id"] in answers:
                cell.source = answers[meta["grade_id"]]
            if first:
                cell.source = f"# written by {user}\n" + cell.source
                first = False
    nbformat.write(nb, path)
    entry = pwd.getpwnam(user)
    os.chown(path, entry.pw_uid, entry.pw_gid)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# --- the steps --------------------------------------------------------------------------------

def test_fifty_students_fetch_and_write_their_answers(hub):
    students = hub.students[2:2 + RUSH]
    assert len(students) == RUSH, "conftest.py sets the hub up with 2 + 50 students"
    spec = load_assignment(REPO, ASSIGNMENT)
    from autograder import samples

    solutions, wrong = samples.solutions(REPO, ASSIGNMENT), mistakes()
    assert wrong, "no corpus mistakes for ch03"

    def fetch(user):
        token = hub_token(hub, user)
        done = subprocess.run(**as_user(user, ["nbgrader", "fetch_assignment", ASSIGNMENT,
                                               "--log-level=WARN"],
                                        student_env(hub, user, token)), timeout=300)
        assert done.returncode == 0, (user, done.stdout)
        return token

    with ThreadPoolExecutor(8) as pool:
        tokens = dict(zip(students, pool.map(fetch, students)))
    plan = {}
    for number, user in enumerate(students):
        answers, score = answers_of(number, spec, solutions, wrong)
        path = hub.root / "home" / user / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        plan[user] = {"sha256": write_answers(path, user, answers), "score": score}
    STATE.update(students=students, tokens=tokens, plan=plan)


def test_fifty_students_submit_at_once(hub):
    students, plan = STATE["students"], STATE["plan"]
    started = time.monotonic()
    procs = {}
    for user in students:
        procs[user] = (time.monotonic(), subprocess.Popen(**as_user(
            user, ["nbgrader", "submit", ASSIGNMENT, "--log-level=WARN"],
            student_env(hub, user, STATE["tokens"][user]))))
    launched = time.monotonic() - started
    for user, (_, proc) in procs.items():
        out, _ = proc.communicate(timeout=600)
        assert proc.returncode == 0, (user, out)
    STATE["timings"] = {"submissions": len(procs), "launch_s": round(launched, 1),
                        "submit_wall_s": round(time.monotonic() - started, 1),
                        "load_average": os.getloadavg()[0]}

    inbound = hub.root / "exchange" / hub.course_id / "inbound"
    for user in students:
        entries = [p for p in inbound.iterdir() if p.name.startswith(f"{user}+{ASSIGNMENT}+")]
        assert len(entries) == 1, (user, entries)
        assert sha256(entries[0] / f"{ASSIGNMENT}.ipynb") == plan[user]["sha256"], user


def test_the_instructor_collects_every_submission_once_intact(hub):
    students, plan = STATE["students"], STATE["plan"]
    done = subprocess.run(**as_user(hub.settings["grader"], grader_cmd(hub, [
        hub.root / "env" / "bin" / "nbgrader", "collect", ASSIGNMENT, "--log-level=WARN"]),
        grader_env(hub), cwd=hub.course), timeout=600)
    assert done.returncode == 0, done.stdout
    submitted = hub.course / "submitted"
    for user in students:
        folder = submitted / user / ASSIGNMENT
        assert sha256(folder / f"{ASSIGNMENT}.ipynb") == plan[user]["sha256"], user
        assert (folder / "timestamp.txt").exists(), user
    assert {p.name for p in submitted.iterdir()} >= set(students)


def grader_env(hub):
    home = hub.root / "home" / hub.settings["grader"]
    return {"PATH": f"{hub.root / 'env' / 'bin'}:/usr/bin:/bin",
            "PYTHONPATH": str(hub.root / "judge"), "TMPDIR": str(home / "tmp")}


def grader_cmd(hub, cmd):
    # The instructor's command line has no hub token: the exchange's course check is the
    # formgrader's business, not the collect's.
    return [*cmd, "--Authenticator.plugin_class=nbgrader.auth.NoAuthPlugin"]


def test_the_class_is_graded_while_the_hub_serves_a_student(hub, browser, shot):
    students, plan = STATE["students"], STATE["plan"]
    user = hub.students[0]
    page = login(browser, hub, user)
    grading = subprocess.Popen(**as_user(hub.settings["grader"], [
        hub.root / "env" / "bin" / "python", "-m", "autograder", "autograde", ASSIGNMENT,
        "--jobs", "2"], grader_env(hub), cwd=hub.course))
    started = time.monotonic()
    latencies = []
    while grading.poll() is None and time.monotonic() - started < 1200:
        t0 = time.monotonic()
        r = page.request.get(f"{hub.url}/user/{user}/api/contents/{ASSIGNMENT}", timeout=30_000)
        assert r.status == 200, (r.status, r.text()[:300])
        assert f"{ASSIGNMENT}.ipynb" in r.text()
        latencies.append(time.monotonic() - t0)
        if len(latencies) % 10 == 1:
            page.goto(f"{hub.url}/user/{user}/lab/tree/{ASSIGNMENT}")
            page.wait_for_selector(".jp-DirListing-item", timeout=60_000)
            latencies.append(time.monotonic() - t0)
        time.sleep(0.5)
    shot(page, "rush-student-lab-while-grading")
    out, _ = grading.communicate(timeout=60)
    assert grading.returncode == 0, out[-3000:]
    assert len(latencies) >= 5, f"grading ended before the hub was asked much: {out[-2000:]}"
    graded_s = time.monotonic() - started

    from nbgrader.api import Gradebook

    with Gradebook(hub.db_url, course_id=hub.course_id) as gb:
        for user in students:
            submission = gb.find_submission(ASSIGNMENT, user)
            assert submission.score == pytest.approx(plan[user]["score"]), user
    for user in students:  # grading did not touch what was collected
        path = hub.course / "submitted" / user / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        assert sha256(path) == plan[user]["sha256"], user

    STATE["timings"].update(grade_wall_s=round(graded_s, 1), hub_requests=len(latencies),
                            hub_latency_max_s=round(max(latencies), 2),
                            hub_latency_median_s=round(sorted(latencies)[len(latencies) // 2],
                                                       2))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "rush.json").write_text(json.dumps(STATE["timings"], indent=1))
