"""Set up and run the course hub on one server (``make hub``, and ``make e2e``'s fixture).

Run as root from the repository (only the standard library is needed)::

    python deploy/hubctl.py run                   # set up, then run the hub in the foreground
    python deploy/hubctl.py setup [--fresh]       # only set up (idempotent)
    python deploy/hubctl.py start                 # run the hub of a set-up root
    python deploy/hubctl.py info                  # how to log in
    python deploy/hubctl.py clean                 # remove the accounts and the root folder

Options (``setup``/``run``): ``--root DIR`` (default /srv/d2l-hub), ``--port N`` (8000; the
hub's own API, the proxy's API and the grading service take free ports on 127.0.0.1),
``--ip`` (127.0.0.1), ``--prefix P`` (accounts ``P-instructor``, ``P-student1``..,
``P-grader``), ``--students N``, ``--assignments ch03 ...`` (default: every chapter with
hidden checks), ``--auth file|pam|lti13`` (``--lti13 FILE.json``), ``--gradebook
sqlite|postgres`` (``postgres``: Debian's PostgreSQL on this machine, started by ``setup``
and ``start``, one database and role for the course), ``--python`` (the interpreter of the
environment).

What it builds under the root folder (modes in brackets)::

    env/         the Python environment of the hub and every server [0755, root]:
                 JupyterHub, JupyterLab, nbgrader, MXNet, the course's d2l (with check()),
                 pinned by requirements.txt; NOT the judge
    references/  the public recorded reference outputs (chNN.npz) for check() [0755]
    judge/       the judge: autograder/ (hidden checks) and d2l/ [0750, root:P-graders]
    course/      the nbgrader course directory: source/, release/, gradebook.db (or
                 .gradebook_url [0600] naming the PostgreSQL one), .judge_secret,
                 submitted/, autograded/, feedback/ [2770, P-grader:P-graders]
    exchange/    nbgrader's exchange [1777, root]; the course's folder in it is made by
                 nbgrader (outbound 0755, inbound 2733: students write but cannot list)
    home/USER    home folders [0700, the user]
    hub/         the hub's state: config, settings, database, cookie secret, passwords [0700]
    proxy/       configurable-http-proxy from npm (deploy/proxy/package-lock.json)
    grader-jupyter/  Jupyter config of the grading service (formgrader enabled)
"""

import argparse
import csv
import grp
import hashlib
import json
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent
REPO = DEPLOY.parent
DEFAULT_ROOT = Path("/srv/d2l-hub")
MARKER = "d2l course hub account (deploy/hubctl.py)"  # GECOS field of accounts we made
PYTHONS = ("/usr/bin/python3.11", "/usr/bin/python3.10", "/usr/bin/python3.9", "/usr/bin/python3.8")


def log(msg):
    print(f"[hub] {msg}", flush=True)


def fail(msg):
    sys.exit(f"hubctl: error: {msg}")


def run(cmd, **kwargs):
    kwargs.setdefault("check", True)
    return subprocess.run([str(c) for c in cmd], **kwargs)


# --- settings ------------------------------------------------------------------------------

def course_id():
    """The course id from the repository's nbgrader_config.py (c.CourseDirectory.course_id)."""
    for line in (REPO / "nbgrader_config.py").read_text().splitlines():
        if line.replace(" ", "").startswith("c.CourseDirectory.course_id="):
            return line.split("=", 1)[1].split("#")[0].strip().strip("\"'")
    fail("nbgrader_config.py sets no c.CourseDirectory.course_id")


def default_assignments():
    return sorted(p.name for p in (REPO / "source").iterdir()
                  if (p / f"{p.name}.ipynb").exists()
                  and (REPO / "autograder" / "exercises" / p.name / "__init__.py").is_file())


def free_port(preferred=0, avoid=()):
    for port in ([preferred] if preferred else []) + [0] * 20:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            got = s.getsockname()[1]
            if got not in avoid:
                return got
    fail(f"port {preferred} is in use")


LTI13_KEYS = ("issuer", "client_id", "authorize_url", "jwks_endpoint")


def lti13_settings(path):
    """The LMS platform's LTI 1.3 settings from a JSON file (see deploy/README)."""
    if not path:
        fail("--auth lti13 needs --lti13 FILE.json with " + ", ".join(LTI13_KEYS))
    try:
        lti = json.loads(Path(path).read_text())
    except (OSError, ValueError) as e:
        fail(f"--lti13 {path}: {e}")
    missing = [k for k in LTI13_KEYS if not lti.get(k)]
    if missing:
        fail(f"--lti13 {path} lacks {', '.join(missing)}")
    if isinstance(lti["client_id"], str):
        lti["client_id"] = [lti["client_id"]]
    return lti


def make_settings(args):
    root = Path(args.root).resolve()
    if root == REPO or REPO in root.parents:
        fail(f"--root {root} is inside the repository; the hub hides the repository from "
             "students, so its root must live elsewhere")
    prefix = args.prefix
    ports = {"http": free_port(args.port)}
    for name in ("hub", "proxy_api", "service"):
        ports[name] = free_port(0, avoid=ports.values())
    return {
        "root": str(root),
        "repo": str(REPO),
        "course_id": course_id(),
        "prefix": prefix,
        "ip": args.ip,
        "ports": ports,
        "auth": args.auth,
        "gradebook": getattr(args, "gradebook", "sqlite"),
        **({"lti13": lti13_settings(getattr(args, "lti13", None))} if args.auth == "lti13"
           else {}),
        "instructors": [f"{prefix}-instructor"],
        "students": [f"{prefix}-student{i}" for i in range(1, args.students + 1)],
        "grader": f"{prefix}-grader",
        "groups": {"graders": f"{prefix}-graders", "students": f"{prefix}-students"},
        "assignments": args.assignments or default_assignments(),
        # Folders single-user servers cannot see at all (see CourseSpawner).
        "hidden_paths": [str(REPO), str(root / "course"), str(root / "judge"),
                         str(root / "hub")],
    }


def load_settings(root):
    path = Path(root) / "hub" / "settings.json"
    if not path.exists():
        fail(f"{path} does not exist: run 'hubctl.py setup --root {root}' first")
    return json.loads(path.read_text())


# --- accounts --------------------------------------------------------------------------------

def ensure_group(name):
    try:
        grp.getgrnam(name)
    except KeyError:
        run(["groupadd", "--system", name])


def ensure_user(name, home, groups, shell="/bin/bash"):
    """A Unix account with a private home folder and no password (it cannot log in by
    itself: the hub authenticates)."""
    try:
        pwd.getpwnam(name)
    except KeyError:
        run(["useradd", "--home-dir", home, "--no-create-home", "--shell", shell,
             "--comment", MARKER, "--user-group", name])
    run(["usermod", "--groups", ",".join(groups), name] if groups else
        ["usermod", "--groups", "", name])
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    entry = pwd.getpwnam(name)
    os.chown(home, entry.pw_uid, entry.pw_gid)
    home.chmod(0o700)


def remove_user(name):
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        return
    if entry.pw_gecos != MARKER:
        log(f"not removing {name}: not made by hubctl")
        return
    run(["userdel", name], check=False)


def as_user(name, cmd, cwd, env=None):
    """Run a command as ``name`` (its groups, HOME, a clean environment)."""
    entry = pwd.getpwnam(name)
    groups = [g.gr_gid for g in grp.getgrall() if name in g.gr_mem]
    base = {"HOME": entry.pw_dir, "USER": name, "LOGNAME": name, "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8"}
    base.update(env or {})
    return run(cmd, cwd=cwd, env=base, user=entry.pw_uid, group=entry.pw_gid,
               extra_groups=groups)


# --- a PostgreSQL gradebook -------------------------------------------------------------------

def postgres_cluster():
    """Debian's newest PostgreSQL cluster ``main``, created if missing and started."""
    if not shutil.which("pg_ctlcluster"):
        fail("--gradebook postgres needs Debian's PostgreSQL (apt-get install postgresql)")
    version = sorted(os.listdir("/usr/lib/postgresql"), key=float)[-1]
    if not Path(f"/etc/postgresql/{version}/main").is_dir():
        run(["pg_createcluster", version, "main"], stdout=subprocess.DEVNULL)
    if run(["pg_ctlcluster", version, "main", "status"], check=False,
           stdout=subprocess.DEVNULL).returncode != 0:
        log(f"starting PostgreSQL {version}")
        run(["pg_ctlcluster", version, "main", "start"])
    return version


def psql(sql):
    """Run ``sql`` as the database superuser (the postgres account, over its socket)."""
    return run(["setpriv", f"--reuid={pwd.getpwnam('postgres').pw_uid}",
                f"--regid={pwd.getpwnam('postgres').pw_gid}", "--init-groups",
                "psql", "-v", "ON_ERROR_STOP=1", "-qAtc", sql],
               cwd="/", capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}).stdout


def postgres_gradebook(settings, fresh=False):
    """The course's gradebook database and its own role (``fresh``: emptied); returns the
    SQLAlchemy URL nbgrader and the judge use."""
    postgres_cluster()
    name = "d2l_" + "".join(ch if ch.isalnum() else "_" for ch in settings["course_id"])
    password = secrets.token_urlsafe(24)
    exists = psql(f"SELECT 1 FROM pg_roles WHERE rolname = '{name}'").strip()
    verb = "ALTER" if exists else "CREATE"
    psql(f"{verb} ROLE {name} LOGIN PASSWORD '{password}'")
    has_db = psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'").strip()
    if has_db and fresh:
        psql(f"DROP DATABASE {name} WITH (FORCE)")
        has_db = ""
    if not has_db:
        psql(f"CREATE DATABASE {name} OWNER {name}")
    return f"postgresql://{name}:{password}@localhost/{name}"


def write_gradebook_url(course, url, owner):
    """``course/.gradebook_url``, read by the course's nbgrader_config.py; only the grading
    account may read it (it holds the role's password)."""
    path = course / ".gradebook_url"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(url + "\n")
    os.chown(path, owner.pw_uid, owner.pw_gid)


# --- pieces -----------------------------------------------------------------------------------

def choose_python(requested):
    """An interpreter every account can run (pyenv builds under /root cannot be)."""
    candidates = [requested] if requested else list(PYTHONS)
    for exe in candidates:
        if exe and os.path.exists(exe):
            probe = subprocess.run(
                ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", exe, "-c",
                 "import sys, venv, ensurepip; "
                 "sys.exit(0 if (3, 8) <= sys.version_info[:2] <= (3, 11) else 1)"],
                capture_output=True)
            if probe.returncode == 0:
                return exe
    fail("no usable Python 3.8-3.11 that every user can run (and with venv/ensurepip): "
         "install Debian's python3.11 and python3.11-venv (apt-get install python3.11-venv) "
         "or pass --python")


def tree_digest(*paths):
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def build_env(root, python):
    """<root>/env: the pinned environment for the hub and every single-user server."""
    env = root / "env"
    stamp = env / ".d2l-hub-stamp"
    want = f"{python}:{tree_digest(REPO / 'requirements.txt', DEPLOY / 'requirements-hub.in')}"
    if not (stamp.exists() and stamp.read_text() == want):
        log(f"building the hub's Python environment in {env} (a few minutes the first time)")
        shutil.rmtree(env, ignore_errors=True)
        run([python, "-m", "venv", env])
        run([env / "bin" / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check",
             "-r", DEPLOY / "requirements-hub.in", "-c", REPO / "requirements.txt"])
        stamp.write_text(want)
    # The course library (with the public check()), never the judge.
    site = Path(run([env / "bin" / "python", "-c", "import sysconfig; "
                     "print(sysconfig.get_paths()['purelib'])"],
                    capture_output=True, text=True).stdout.strip())
    shutil.rmtree(site / "d2l", ignore_errors=True)
    shutil.copytree(REPO / "d2l", site / "d2l", ignore=shutil.ignore_patterns("__pycache__"))
    run([env / "bin" / "python", "-m", "compileall", "-q", site / "d2l"])
    if (site / "autograder").exists():
        fail(f"{site / 'autograder'} exists: the judge must not be in the students' environment")
    # Jupyter settings for everyone: the exchange, hub groups as courses, no formgrader.
    etc = env / "etc" / "jupyter"
    (etc / "labconfig").mkdir(parents=True, exist_ok=True)
    student = DEPLOY / "jupyter" / "student"
    shutil.copy(student / "jupyter_server_config.json", etc / "jupyter_server_config.json")
    shutil.copy(student / "labconfig" / "page_config.json", etc / "labconfig" / "page_config.json")
    # JupyterLab without news from the internet or the extension manager.
    lab_settings = env / "share" / "jupyter" / "lab" / "settings"
    lab_settings.mkdir(parents=True, exist_ok=True)
    shutil.copy(student / "lab-overrides.json", lab_settings / "overrides.json")
    text = (student / "nbgrader_config.py").read_text()
    (etc / "nbgrader_config.py").write_text(
        text.replace('"d2l-mxnet"', json.dumps(course_id())))


def install_proxy(root):
    proxy = root / "proxy"
    proxy.mkdir(exist_ok=True)
    want = tree_digest(DEPLOY / "proxy" / "package-lock.json")
    stamp = proxy / ".d2l-hub-stamp"
    exe = proxy / "node_modules" / ".bin" / "configurable-http-proxy"
    if stamp.exists() and stamp.read_text() == want and exe.exists():
        return
    if not shutil.which("npm"):
        fail("npm is needed for JupyterHub's proxy (configurable-http-proxy): "
             "apt-get install nodejs npm")
    log("installing configurable-http-proxy with npm")
    for name in ("package.json", "package-lock.json"):
        shutil.copy(DEPLOY / "proxy" / name, proxy / name)
    run(["npm", "ci", "--prefix", proxy, "--no-audit", "--no-fund", "--loglevel=error"])
    stamp.write_text(want)


def copy_private(src, dest, group):
    """Copy a folder readable by root and ``group`` only (dirs 0750, files 0640)."""
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    gid = grp.getgrnam(group).gr_gid
    for path in [dest, *dest.rglob("*")]:
        os.chown(path, 0, gid, follow_symlinks=False)
        path.chmod(0o750 if path.is_dir() else 0o640)


def install_judge(root, settings):
    judge = root / "judge"
    judge.mkdir(exist_ok=True)
    graders = settings["groups"]["graders"]
    copy_private(REPO / "autograder", judge / "autograder", graders)
    copy_private(REPO / "d2l", judge / "d2l", graders)
    os.chown(judge, 0, grp.getgrnam(graders).gr_gid)
    judge.chmod(0o750)
    # The public checks and their recorded cases, for check() in students' kernels; the
    # export copies nothing hidden (autograder/exercises/export.py).
    refs = root / "references"
    shutil.rmtree(refs, ignore_errors=True)
    run([sys.executable, REPO / "autograder" / "exercises" / "export.py", refs])
    refs.chmod(0o755)


def setup_course(root, settings, fresh=False):
    """The nbgrader course directory, owned by the grading account; assignments generated
    (recorded in the gradebook) and released to the exchange; students in the gradebook."""
    grader = settings["grader"]
    course = root / "course"
    course.mkdir(exist_ok=True)
    entry = pwd.getpwnam(grader)
    gid = grp.getgrnam(settings["groups"]["graders"]).gr_gid
    shutil.copy(REPO / "nbgrader_config.py", course / "course_config.py")
    shutil.copy(DEPLOY / "course" / "nbgrader_config.py", course / "nbgrader_config.py")
    (course / "source").mkdir(exist_ok=True)
    for name in settings["assignments"]:
        src = REPO / "source" / name
        if not src.is_dir():
            fail(f"no assignment {name} in source/")
        shutil.rmtree(course / "source" / name, ignore_errors=True)
        shutil.copytree(src, course / "source" / name,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for path in [course, *course.rglob("*")]:
        os.chown(path, entry.pw_uid, gid, follow_symlinks=False)
    course.chmod(0o2770)
    if settings.get("gradebook") == "postgres":
        write_gradebook_url(course, postgres_gradebook(settings, fresh), entry)
        log("gradebook: PostgreSQL (course/.gradebook_url)")
    else:
        (course / ".gradebook_url").unlink(missing_ok=True)
    secret = course / ".judge_secret"
    if not secret.exists():
        secret.write_text(secrets.token_hex(32))
    os.chown(secret, entry.pw_uid, entry.pw_gid)
    secret.chmod(0o600)
    env = {"PATH": f"{root / 'env' / 'bin'}:/usr/bin:/bin", "PYTHONPATH": str(root / "judge"),
           "TMPDIR": str(root / "home" / grader / "tmp")}
    nbgrader = root / "env" / "bin" / "nbgrader"
    for name in settings["assignments"]:
        log(f"generating and releasing {name}")
        as_user(grader, [nbgrader, "generate_assignment", name, "--force", "--log-level=WARN"],
                course, env)
        as_user(grader, [nbgrader, "release_assignment", name, "--force", "--log-level=WARN"],
                course, env)
    # One import for the whole class (one `db student add` each takes a second per
    # student). The hub's groups already hold the students (the hub is not running yet,
    # so nbgrader must not try to add them there).
    roster = root / "home" / grader / "tmp" / "students.csv"
    with open(roster, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "first_name", "last_name"])
        writer.writerows([student, "Student", number]
                         for number, student in enumerate(settings["students"], 1))
    os.chown(roster, entry.pw_uid, entry.pw_gid)
    as_user(grader, [nbgrader, "db", "student", "import", roster, "--log-level=WARN",
                     "--Authenticator.plugin_class=nbgrader.auth.NoAuthPlugin"], course, env)
    roster.unlink()


def write_passwords(hub, settings):
    path = hub / "passwords.json"
    old = json.loads(path.read_text()) if path.exists() else {}
    users = settings["instructors"] + settings["students"]
    passwords = {u: old.get(u) or secrets.token_urlsafe(12) for u in users}
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(passwords, f, indent=1)
    return passwords


def setup(args):
    if os.geteuid() != 0:
        fail("the course hub runs real Unix accounts: run as root (sudo make hub)")
    for tool in ("useradd", "setpriv"):
        if not shutil.which(tool):
            fail(f"{tool} not found")
    if not shutil.which("bwrap"):
        fail("bubblewrap is needed: the hub grades only in the sandbox "
             "(apt-get install bubblewrap)")
    os.umask(0o022)
    settings = make_settings(args)
    root = Path(settings["root"])
    python = choose_python(args.python)
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o755)
    if args.fresh:  # keep env/ and proxy/ (slow to build), reset everything else
        stop(settings, quiet=True)
        for name in ("course", "exchange", "home", "hub", "judge", "references"):
            shutil.rmtree(root / name, ignore_errors=True)

    # Accounts: instructors and the grading account share the graders' group.
    groups = settings["groups"]
    ensure_group(groups["graders"])
    ensure_group(groups["students"])
    (root / "home").mkdir(exist_ok=True)
    (root / "home").chmod(0o755)
    ensure_user(settings["grader"], root / "home" / settings["grader"], [groups["graders"]])
    for name in settings["instructors"]:
        ensure_user(name, root / "home" / name, [groups["graders"]])
    for name in settings["students"]:
        ensure_user(name, root / "home" / name, [groups["students"]])
    grader = pwd.getpwnam(settings["grader"])
    tmp = root / "home" / settings["grader"] / "tmp"
    tmp.mkdir(exist_ok=True)
    os.chown(tmp, grader.pw_uid, grader.pw_gid)
    tmp.chmod(0o700)

    build_env(root, python)
    install_proxy(root)
    install_judge(root, settings)

    exchange = root / "exchange"
    exchange.mkdir(exist_ok=True)
    exchange.chmod(0o1777)  # nbgrader wants 0777; the sticky bit keeps others' folders safe

    cfg = root / "grader-jupyter"
    shutil.rmtree(cfg, ignore_errors=True)
    shutil.copytree(DEPLOY / "jupyter" / "grader", cfg)

    hub = root / "hub"
    hub.mkdir(exist_ok=True)
    hub.chmod(0o700)
    shutil.copy(DEPLOY / "jupyterhub_config.py", hub / "jupyterhub_config.py")
    (hub / "settings.json").write_text(json.dumps(settings, indent=1))
    passwords = write_passwords(hub, settings)
    if args.auth == "pam":
        log("authentication: PAM (the accounts' Unix passwords; set them with passwd)")
    if args.auth == "lti13":
        log("authentication: LTI 1.3 from the LMS; register the tool there with "
            "/hub/lti13/config (see deploy/README.md)")

    setup_course(root, settings, fresh=args.fresh)
    log(f"set up in {root}")
    return settings, passwords


def info(settings):
    root = Path(settings["root"])
    host = "127.0.0.1" if settings["ip"] in ("", "0.0.0.0") else settings["ip"]
    url = f"http://{host}:{settings['ports']['http']}/"
    lines = [f"The course hub: {url}"]
    if settings["auth"] == "file":
        passwords = json.loads((root / "hub" / "passwords.json").read_text())
        lines.append("Log in as (user / password):")
        for user in settings["instructors"] + settings["students"]:
            role = "instructor" if user in settings["instructors"] else "student"
            lines.append(f"  {user:<24} {passwords[user]:<20} ({role})")
    else:
        lines.append("Log in with the accounts' Unix passwords (PAM).")
    lines += [
        f"Students: Nbgrader > Assignment List, fetch {settings['assignments'][0]}, work, "
        "Validate, Submit.",
        f"Instructors: {url}services/{settings['course_id']}/formgrader (Collect, "
        "Autograde, Generate and Release Feedback).",
        "Stop with Ctrl-C.",
    ]
    return "\n".join(lines)


def hub_command(settings):
    root = Path(settings["root"])
    return [str(root / "env" / "bin" / "jupyterhub"), "-f",
            str(root / "hub" / "jupyterhub_config.py")]


def hub_env(settings):
    root = Path(settings["root"])
    env = {k: v for k, v in os.environ.items()
           if k in ("LANG", "LC_ALL", "TZ", "TERM")}
    env.update(PATH=f"{root / 'env' / 'bin'}:/usr/local/bin:/usr/bin:/bin", HOME="/root")
    return env


def start(settings):
    if settings.get("gradebook") == "postgres":
        postgres_cluster()
    print(info(settings), flush=True)
    root = Path(settings["root"])
    os.chdir(root / "hub")
    os.execve(hub_command(settings)[0], hub_command(settings), hub_env(settings))


def _pid(path):
    try:
        return int(Path(path).read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _terminate(pid, what, timeout, quiet):
    """SIGTERM, wait up to ``timeout`` seconds, then SIGKILL."""
    if not pid or not _alive(pid):
        return
    os.kill(pid, 15)
    deadline = time.monotonic() + timeout
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _alive(pid):
        os.kill(pid, 9)
    if not quiet:
        log(f"stopped {what} (pid {pid})")


def stop(settings, quiet=False):
    """Stop a hub started from this root (its pid file): the hub first (it stops the
    servers it started and its proxy), then the proxy if it is still there."""
    hub = Path(settings["root"]) / "hub"
    proxy = _pid(hub / "jupyterhub-proxy.pid")
    _terminate(_pid(hub / "jupyterhub.pid"), "the hub", 60, quiet)
    _terminate(proxy, "the proxy", 10, quiet)


def clean(settings):
    stop(settings, quiet=True)
    for name in settings["instructors"] + settings["students"] + [settings["grader"]]:
        remove_user(name)
    for group in settings["groups"].values():
        run(["groupdel", group], check=False, stderr=subprocess.DEVNULL)
    shutil.rmtree(settings["root"], ignore_errors=True)
    log(f"removed {settings['root']} and its accounts")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["setup", "start", "run", "info", "stop", "clean"])
    parser.add_argument("--root", default=os.environ.get("D2L_HUB_ROOT", str(DEFAULT_ROOT)))
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--ip", default="127.0.0.1",
                        help="address the hub listens on (put TLS in front of anything "
                             "but 127.0.0.1)")
    parser.add_argument("--prefix", default="d2l")
    parser.add_argument("--students", type=int, default=3)
    parser.add_argument("--assignments", nargs="*")
    parser.add_argument("--auth", choices=["file", "pam", "lti13"], default="file")
    parser.add_argument("--lti13", metavar="JSON",
                        help="with --auth lti13: a file with the LMS's issuer, client_id "
                             "(a list), authorize_url, jwks_endpoint [, username_key]")
    parser.add_argument("--gradebook", choices=["sqlite", "postgres"], default="sqlite",
                        help="the course's gradebook: gradebook.db, or a database on "
                             "Debian's PostgreSQL here (started by setup and start)")
    parser.add_argument("--python", help="interpreter for the hub's environment")
    parser.add_argument("--fresh", action="store_true",
                        help="reset the course, exchange, homes and hub state")
    args = parser.parse_args(argv)
    if args.command in ("setup", "run"):
        settings, _ = setup(args)
        if args.command == "run":
            start(settings)
        else:
            print(info(settings))
    else:
        settings = load_settings(args.root)
        {"start": start, "info": lambda s: print(info(s)), "stop": stop,
         "clean": clean}[args.command](settings)


if __name__ == "__main__":
    main()
