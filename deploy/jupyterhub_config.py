"""JupyterHub configuration for one course on one server (see README, "Running the course
on JupyterHub").

``deploy/hubctl.py setup`` copies this file to ``<root>/hub/jupyterhub_config.py`` and writes
``settings.json`` beside it (paths, ports, accounts); the hub runs as root from there:

    <root>/env/bin/jupyterhub -f <root>/hub/jupyterhub_config.py

Who is who:

* Students and instructors are real Unix users. Each gets a JupyterLab server running as
  that user (LocalProcessSpawner), in a private mount namespace in which the course
  repository, the course directory, the judge and the hub's state are replaced by empty
  read-only folders; file permissions protect them as well (see hubctl.py).
* The course directory belongs to the grading account ``<prefix>-grader``. It runs its own
  JupyterLab with the formgrader as a hub service named after the course
  (``/services/<course>/``); only members of the hub group ``formgrade-<course>`` (the
  instructors) may open it. Students are in ``nbgrader-<course>``: nbgrader's
  JupyterHubAuthPlugin shows a course's assignments only to its members.
* Autograding runs in the grading service, as the grading account, with the sandboxed
  judge (bubblewrap in a user namespace; ``c.Judge.require_sandbox = True``).

Authentication: ``settings.json`` ``auth`` is ``"file"`` (the default of ``make hub``:
one random password per account, kept in ``<root>/hub/passwords.json``, readable by root
only), ``"pam"`` (the Unix passwords: JupyterHub's default, for a real course) or
``"lti13"`` (sign-in from the LMS with LTI 1.3, ``jupyterhub-ltiauthenticator``; the
platform's settings in ``settings.json`` ``lti13``). See the README.
"""

import ctypes
import hmac
import json
import os
from pathlib import Path

from jupyterhub.auth import Authenticator
from jupyterhub.spawner import LocalProcessSpawner
from traitlets import List, Unicode

c = get_config()  # noqa: F821 - provided by JupyterHub when it loads this file

HERE = Path(__file__).resolve().parent
S = json.loads((HERE / "settings.json").read_text())

ROOT = Path(S["root"])
ENV = ROOT / "env"
COURSE = S["course_id"]
INSTRUCTORS = S["instructors"]
STUDENTS = S["students"]
GRADER = S["grader"]
PORTS = S["ports"]
PATH = f"{ENV / 'bin'}:/usr/local/bin:/usr/bin:/bin"


class CoursePasswordAuthenticator(Authenticator):
    """One password per account, read from a JSON file that only root can read.

    For trying the hub (``make hub`` prints the passwords). A real course uses PAM or its
    university's single sign-on (OAuth, LTI); see the README.
    """

    password_file = Unicode(help="JSON file: {username: password}").tag(config=True)

    async def authenticate(self, handler, data):
        try:
            passwords = json.loads(Path(self.password_file).read_text())
        except (OSError, ValueError):
            self.log.error("cannot read %s", self.password_file)
            return None
        name = self.normalize_username(data.get("username", ""))
        expected = passwords.get(name)
        given = data.get("password", "")
        if expected and hmac.compare_digest(expected.encode(), given.encode()):
            return name
        return None


# Linux mount(2)/unshare(2) constants for hiding folders from single-user servers.
_CLONE_NEWNS = 0x00020000
_MS_RDONLY, _MS_NOSUID, _MS_NODEV, _MS_NOEXEC = 1, 2, 4, 8
_MS_REC, _MS_PRIVATE = 0x4000, 0x40000


class CourseSpawner(LocalProcessSpawner):
    """LocalProcessSpawner whose servers cannot see ``hidden_paths`` at all.

    Before dropping to the user, the child enters a new mount namespace and mounts an
    empty read-only tmpfs on each hidden folder (the course repository with the hidden
    checks, the course directory, the judge, the hub's state). This is defence in depth
    on top of the file permissions: a checkout of the course repository that happens to
    be world-readable leaks nothing to students. Spawning fails (closed) if it cannot.
    """

    hidden_paths = List(Unicode(), help="Folders replaced by an empty one").tag(config=True)

    def make_preexec_fn(self, name):
        drop_privileges = super().make_preexec_fn(name)
        hidden = [os.fsencode(p) for p in self.hidden_paths if os.path.isdir(p)]
        libc = ctypes.CDLL(None, use_errno=True)  # loaded before fork, not in the child

        def check(result, what):
            if result != 0:
                err = ctypes.get_errno()
                raise OSError(err, f"{what}: {os.strerror(err)}")

        def hide_then_drop():
            if hidden:
                check(libc.unshare(_CLONE_NEWNS), "unshare(CLONE_NEWNS)")
                check(libc.mount(b"none", b"/", None, _MS_REC | _MS_PRIVATE, None),
                      "mount --make-rprivate /")
                for path in hidden:
                    check(libc.mount(b"hidden", path, b"tmpfs",
                                     _MS_RDONLY | _MS_NOSUID | _MS_NODEV | _MS_NOEXEC,
                                     b"size=4k,mode=0555"), f"hide {path!r}")
            drop_privileges()

        return hide_then_drop


# --- the hub -------------------------------------------------------------------------
c.JupyterHub.ip = S.get("ip", "127.0.0.1")
c.JupyterHub.port = PORTS["http"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = PORTS["hub"]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{PORTS['proxy_api']}"
c.ConfigurableHTTPProxy.command = [str(ROOT / "proxy" / "node_modules" / ".bin" /
                                       "configurable-http-proxy")]
c.ConfigurableHTTPProxy.pid_file = str(HERE / "jupyterhub-proxy.pid")
c.JupyterHub.pid_file = str(HERE / "jupyterhub.pid")
c.JupyterHub.db_url = f"sqlite:///{HERE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(HERE / "jupyterhub_cookie_secret")
c.JupyterHub.cleanup_servers = True  # stopping the hub stops every server it started

# --- who may log in --------------------------------------------------------------------
if S.get("auth", "file") == "pam":
    c.JupyterHub.authenticator_class = "pam"
    c.PAMAuthenticator.open_sessions = False
elif S.get("auth") == "lti13":
    # Sign-in from the LMS (Canvas, Moodle, Blackboard, ...) with LTI 1.3: the LMS's
    # platform settings come from settings.json "lti13" (see hubctl.py --lti13). The user
    # name is the launch's claim `username_key`, which must be a Unix account of the same
    # name, like every hub user here.
    lti = S["lti13"]
    c.JupyterHub.authenticator_class = "ltiauthenticator.lti13.auth.LTI13Authenticator"
    c.LTI13Authenticator.issuer = lti["issuer"]
    c.LTI13Authenticator.client_id = list(lti["client_id"])
    c.LTI13Authenticator.authorize_url = lti["authorize_url"]
    c.LTI13Authenticator.jwks_endpoint = lti["jwks_endpoint"]
    # By default the custom parameter `username=$User.username` set on the tool in the LMS
    # (Canvas and Moodle substitute the LMS login name): a valid Unix name, unlike `email`.
    c.LTI13Authenticator.username_key = lti.get("username_key", "custom_username")
    c.LTI13Authenticator.tool_name = f"Dive into Deep Learning ({COURSE})"
    c.LTI13Authenticator.tool_description = "The course's notebooks, assignments and feedback"
else:
    c.JupyterHub.authenticator_class = CoursePasswordAuthenticator
    c.CoursePasswordAuthenticator.password_file = str(HERE / "passwords.json")
c.Authenticator.allowed_users = set(INSTRUCTORS) | set(STUDENTS)
c.Authenticator.admin_users = set()  # nobody may enter another user's server

# --- groups and what they may do ----------------------------------------------------------
# nbgrader's conventions: "formgrade-<course>" may use the course's formgrader,
# "nbgrader-<course>" takes the course (the assignment list shows it).
# The grading account is a member too (nbgrader's formgrader asks the hub which courses
# its own user grades); it has no password, so nobody can log in as it.
c.JupyterHub.load_groups = {
    f"formgrade-{COURSE}": {"users": INSTRUCTORS + [GRADER]},
    f"nbgrader-{COURSE}": {"users": STUDENTS + INSTRUCTORS},
}
c.JupyterHub.load_roles = [
    {   # single-user servers: nbgrader asks the hub which courses their user takes
        "name": "server",
        "scopes": ["users:activity!user", "access:servers!server",
                   "read:users:name!user", "read:users:groups!user"],
    },
    {   # instructors open the grading service (the formgrader)
        "name": f"formgrade-{COURSE}",
        "groups": [f"formgrade-{COURSE}"],
        "scopes": [f"access:services!service={COURSE}", f"read:services!service={COURSE}",
                   "list:services"],
    },
    {   # the grading service adds students to the course group (formgrader: Manage
        # Students) and reads who takes the course
        "name": f"{COURSE}-grading-service",
        "services": [COURSE],
        "scopes": ["list:users", "read:users:name", "read:users:groups", "list:groups",
                   f"read:groups!group=nbgrader-{COURSE}", f"groups!group=nbgrader-{COURSE}"],
    },
]

# --- single-user servers ---------------------------------------------------------------------
c.JupyterHub.spawner_class = CourseSpawner
c.CourseSpawner.hidden_paths = S.get("hidden_paths", [])
c.Spawner.cmd = [str(ENV / "bin" / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.environment = {
    "PATH": PATH,
    "D2L_REFERENCES": str(ROOT / "references"),  # the public check()'s recorded outputs
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
}
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 90

# --- the grading service: the course's formgrader, as the grading account -----------------------
GRADER_HOME = ROOT / "home" / GRADER
c.JupyterHub.services = [
    {
        "name": COURSE,
        "display": True,
        "info": {"description": "Formgrader of the course (instructors only)"},
        "url": f"http://127.0.0.1:{PORTS['service']}",
        "user": GRADER,
        "cwd": str(ROOT / "course"),
        "command": [str(ENV / "bin" / "jupyterhub-singleuser"),
                    f"--ServerApp.root_dir={ROOT / 'course'}"],
        "environment": {
            "PATH": PATH,
            "HOME": str(GRADER_HOME),
            "JUPYTERHUB_DEFAULT_URL": "/lab",
            # formgrader and create-assignment enabled (disabled for everyone else)
            "JUPYTER_CONFIG_PATH": str(ROOT / "grader-jupyter"),
            # the judge with the hidden checks, readable by the graders' group only
            "PYTHONPATH": str(ROOT / "judge"),
            # a private temporary folder: the judge keeps its sandbox slot locks there
            "TMPDIR": str(GRADER_HOME / "tmp"),
            "D2L_REFERENCES": str(ROOT / "references"),
            "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        },
        "oauth_no_confirm": True,
    },
]
