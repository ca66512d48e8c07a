"""The end-to-end test's hub and browser (``make e2e``).

The browser tests run only when ``D2L_E2E=1`` (``make e2e`` sets it) and the machine has
what they need: root (the hub runs real Unix accounts), Debian's Chromium, bubblewrap,
npm and a Python 3.8-3.11 every account can run. Otherwise they are skipped with the
reason. The hub lives in ``$D2L_E2E_ROOT`` (default /srv/d2l-hub-e2e) with its own
accounts (``d2le2e-*``), so it never touches a hub started by ``make hub``. Screenshots and
logs go to ``build/e2e/``.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "build" / "e2e"
SHOTS = OUT / "screenshots"
ROOT = Path(os.environ.get("D2L_E2E_ROOT", "/srv/d2l-hub-e2e"))
PREFIX = "d2le2e"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# As root, without a GPU, on a machine whose only network is the loopback.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


def missing_prerequisites():
    """What this machine lacks for the end-to-end test (empty when it can run)."""
    missing = []
    if os.geteuid() != 0:
        missing.append("root (the hub runs real Unix accounts)")
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    if not shutil.which("bwrap"):
        missing.append("bubblewrap (apt-get install bubblewrap)")
    if not shutil.which("npm"):
        missing.append("npm, for configurable-http-proxy (apt-get install npm)")
    if not any(os.path.exists(p) for p in ("/usr/bin/python3.11", "/usr/bin/python3.10",
                                           "/usr/bin/python3.9", "/usr/bin/python3.8")):
        missing.append("a system Python 3.8-3.11 with venv (apt-get install python3.11-venv)")
    if not shutil.which("pg_ctlcluster"):
        missing.append("PostgreSQL, for the hub's gradebook (apt-get install postgresql)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package (requirements.txt)")
    return missing


def require_e2e():
    if os.environ.get("D2L_E2E") != "1":
        pytest.skip("end-to-end hub test: run it with `make e2e` (root, Debian's chromium)")
    missing = missing_prerequisites()
    if missing:
        pytest.skip("end-to-end hub test skipped: this machine lacks " + "; ".join(missing))


# --- steps that depend on the previous ones ------------------------------------------------

@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if ("incremental" in item.keywords and call.excinfo is not None
            and not call.excinfo.errisinstance(pytest.skip.Exception)):
        item.parent._previousfailed = item
    if report.when == "call" and report.failed:
        # What every open page showed when the step failed.
        for name, page in getattr(item.module, "STATE", {}).items():
            try:
                page.screenshot(path=str(SHOTS / f"FAILED-{item.name}-{name}.png"))
            except Exception:  # noqa: BLE001 - a closed page has nothing to show
                pass


def pytest_runtest_setup(item):
    if "incremental" in item.keywords:
        previous = getattr(item.parent, "_previousfailed", None)
        if previous is not None:
            pytest.xfail(f"an earlier step failed ({previous.name})")


def pytest_configure(config):
    config.addinivalue_line("markers", "incremental: steps that need the earlier ones")


# --- the hub -----------------------------------------------------------------------------------

class Hub:
    def __init__(self, root):
        self.root = root
        self.settings = json.loads((root / "hub" / "settings.json").read_text())
        self.passwords = json.loads((root / "hub" / "passwords.json").read_text())
        self.url = f"http://127.0.0.1:{self.settings['ports']['http']}"
        self.course_id = self.settings["course_id"]
        self.instructor = self.settings["instructors"][0]
        self.students = self.settings["students"]
        self.course = root / "course"
        url = self.course / ".gradebook_url"  # PostgreSQL (hubctl.py --gradebook postgres)
        self.db_url = (url.read_text().strip() if url.exists()
                       else f"sqlite:///{self.course / 'gradebook.db'}")

    def uids(self):
        import pwd

        names = self.settings["instructors"] + self.students + [self.settings["grader"]]
        return {pwd.getpwnam(n).pw_uid for n in names}


def _wait_for(url, timeout, proc):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the hub exited with {proc.returncode}; see {OUT / 'hub.log'}")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the hub did not answer {url} within {timeout} s")


def _processes_of(uids, root):
    """Processes run by the hub's accounts or from its root folder (the proxy runs as root)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            uid = entry.stat().st_uid
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if uid in uids or str(root) + "/" in cmd:
            found.append((int(entry.name), cmd.strip()))
    return found


@pytest.fixture(scope="session")
def hub():
    """Set up a fresh course hub (accounts, a PostgreSQL gradebook, the course, ch03
    released), start it, and stop it and everything it started afterwards."""
    require_e2e()
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    with open(OUT / "setup.log", "w") as log:
        done = subprocess.run(
            [sys.executable, str(REPO / "deploy" / "hubctl.py"), "setup", "--root", str(ROOT),
             "--prefix", PREFIX, "--students", "52", "--assignments", "ch03", "--port", "0",
             "--gradebook", "postgres", "--fresh"],
            stdout=log, stderr=subprocess.STDOUT, timeout=900)
    if done.returncode != 0:
        pytest.fail(f"hubctl.py setup failed; see {OUT / 'setup.log'}")
    info = Hub(ROOT)
    log = open(OUT / "hub.log", "w")  # noqa: SIM115 - open for the hub's whole life
    # `hubctl.py start` replaces itself with the hub (exec): proc is the hub.
    proc = subprocess.Popen([sys.executable, str(REPO / "deploy" / "hubctl.py"), "start",
                             "--root", str(ROOT)], stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        _wait_for(info.url + "/hub/health", 120, proc)
        yield info
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # the hub stops its servers, service and proxy
            try:
                proc.wait(90)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        log.close()
        deadline = time.monotonic() + 30
        left = _processes_of(info.uids(), ROOT)
        while left and time.monotonic() < deadline:
            time.sleep(0.5)
            left = _processes_of(info.uids(), ROOT)
        for pid, _ in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        assert not left, f"processes left running after the hub stopped: {left}"


@pytest.fixture(scope="session")
def browser(hub):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Screenshots:
    """Numbered screenshots of every step: build/e2e/screenshots/NN-name.png."""

    def __init__(self):
        self.count = 0

    def __call__(self, page, name):
        self.count += 1
        path = SHOTS / f"{self.count:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=False)
        return path


@pytest.fixture(scope="session")
def shot():
    return Screenshots()
