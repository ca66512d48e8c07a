"""The deployment's files, checked without a hub or a cluster (these run in `make test`).

The single-server configuration (deploy/jupyterhub_config.py, the course's and the
students' nbgrader settings, the Jupyter settings) is loaded and inspected; the
Kubernetes files (deploy/k8s/) are parsed and checked against each other and against the
single-server deployment, since no cluster runs here.
"""

import asyncio
import importlib.util
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
K8S = DEPLOY / "k8s"


def load_py_config(path):
    return PyFileConfigLoader(path.name, path=str(path.parent)).load_config()


@pytest.fixture(scope="module")
def hubctl():
    spec = importlib.util.spec_from_file_location("hubctl", DEPLOY / "hubctl.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def settings_for(root, hubctl, auth="file"):
    return {
        "root": str(root), "repo": str(REPO), "course_id": hubctl.course_id(),
        "prefix": "t", "ip": "127.0.0.1",
        "ports": {"http": 18000, "hub": 18001, "proxy_api": 18002, "service": 18003},
        "auth": auth, "instructors": ["t-instructor"],
        "students": ["t-student1", "t-student2"], "grader": "t-grader",
        "groups": {"graders": "t-graders", "students": "t-students"},
        "assignments": ["ch03"],
        "hidden_paths": [str(REPO), str(root / "course"), str(root / "judge"),
                         str(root / "hub")],
    }


def hub_config(tmp_path, hubctl, auth="file"):
    hub = tmp_path / "hub"
    hub.mkdir(parents=True)
    shutil.copy(DEPLOY / "jupyterhub_config.py", hub / "jupyterhub_config.py")
    settings = settings_for(tmp_path, hubctl, auth)
    (hub / "settings.json").write_text(json.dumps(settings))
    return load_py_config(hub / "jupyterhub_config.py"), settings


# --- the single-server hub ------------------------------------------------------------------

def test_hubctl_reads_the_course(hubctl):
    assert hubctl.course_id() == "d2l-mxnet"
    assert "ch03" in hubctl.default_assignments()


def test_hub_root_must_not_be_inside_the_repository(hubctl):
    """The repository is hidden from the servers, so the hub's own files cannot be in it."""
    args = type("Args", (), {"root": str(REPO / "build" / "hub"), "prefix": "t", "port": 0,
                             "ip": "127.0.0.1",
                             "students": 1, "auth": "file", "assignments": None})
    with pytest.raises(SystemExit, match="inside the repository"):
        hubctl.make_settings(args)


def test_hub_config(tmp_path, hubctl):
    from jupyterhub.spawner import LocalProcessSpawner

    c, s = hub_config(tmp_path, hubctl)
    course = s["course_id"]
    assert c.JupyterHub.ip == "127.0.0.1" and c.JupyterHub.port == 18000
    assert issubclass(c.JupyterHub.spawner_class, LocalProcessSpawner)
    assert set(c.CourseSpawner.hidden_paths) == set(s["hidden_paths"])
    assert c.Spawner.environment["D2L_REFERENCES"] == str(tmp_path / "references")
    assert "PYTHONPATH" not in c.Spawner.environment  # students never get the judge
    assert c.Authenticator.allowed_users == {"t-instructor", "t-student1", "t-student2"}
    assert c.Authenticator.admin_users == set()

    # nbgrader's groups: only instructors (and the grading account) grade.
    groups = c.JupyterHub.load_groups
    assert set(groups[f"formgrade-{course}"]["users"]) == {"t-instructor", "t-grader"}
    assert set(groups[f"nbgrader-{course}"]["users"]) >= {"t-student1", "t-student2"}
    roles = {r["name"]: r for r in c.JupyterHub.load_roles}
    assert roles[f"formgrade-{course}"]["groups"] == [f"formgrade-{course}"]
    assert f"access:services!service={course}" in roles[f"formgrade-{course}"]["scopes"]
    for role in roles.values():
        assert set(role.get("groups", [])) <= set(groups), role
        assert not any(scope.startswith(("admin", "access:servers")) and "!" not in scope
                       for scope in role["scopes"]), role
    # Students' servers may read their own groups (nbgrader's JupyterHubAuthPlugin).
    assert "read:users:groups!user" in roles["server"]["scopes"]

    # The grading service: the course's formgrader, as the grading account, with the judge.
    (service,) = c.JupyterHub.services
    assert service["name"] == course and service["user"] == "t-grader"
    assert service["cwd"] == str(tmp_path / "course")
    env = service["environment"]
    assert env["PYTHONPATH"] == str(tmp_path / "judge")
    assert env["JUPYTER_CONFIG_PATH"] == str(tmp_path / "grader-jupyter")
    assert env["TMPDIR"].startswith(str(tmp_path / "home" / "t-grader"))
    assert service["url"].endswith(":18003")


def test_password_authenticator(tmp_path, hubctl):
    c, _ = hub_config(tmp_path, hubctl)
    passwords = tmp_path / "hub" / "passwords.json"
    passwords.write_text(json.dumps({"t-student1": "right-password"}))
    auth = c.JupyterHub.authenticator_class(password_file=str(passwords))

    def login(user, password):
        return asyncio.run(auth.authenticate(None, {"username": user, "password": password}))

    assert login("t-student1", "right-password") == "t-student1"
    assert login("t-student1", "wrong") is None
    assert login("t-student2", "right-password") is None  # no shared passwords
    assert login("t-student2", "") is None


def test_pam_for_real_courses(tmp_path, hubctl):
    c, _ = hub_config(tmp_path, hubctl, auth="pam")
    assert c.JupyterHub.authenticator_class == "pam"


def test_lti13_sign_in_from_the_lms(tmp_path, hubctl):
    from traitlets.utils.importstring import import_item

    platform = DEPLOY / "lti13" / "platform.example.json"
    hub = tmp_path / "hub"
    hub.mkdir()
    shutil.copy(DEPLOY / "jupyterhub_config.py", hub / "jupyterhub_config.py")
    settings = dict(settings_for(tmp_path, hubctl, "lti13"),
                    lti13=hubctl.lti13_settings(str(platform)))
    (hub / "settings.json").write_text(json.dumps(settings))
    c = load_py_config(hub / "jupyterhub_config.py")
    auth = import_item(c.JupyterHub.authenticator_class)(config=c)
    example = json.loads(platform.read_text())
    assert auth.issuer == example["issuer"] and auth.client_id == set(example["client_id"])
    assert auth.jwks_endpoint == example["jwks_endpoint"]
    assert auth.username_key == "custom_username"
    routes = [route for route, *_ in auth.get_handlers(None)]
    for path in ("lti13/oauth_login", "lti13/oauth_callback", "lti13/config"):
        assert any(route.endswith(path) for route in routes), (path, routes)
    assert c.Authenticator.allowed_users == {"t-instructor", "t-student1", "t-student2"}

    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"issuer": "https://lms.example.edu"}))
    with pytest.raises(SystemExit, match="lacks client_id, authorize_url, jwks_endpoint"):
        hubctl.lti13_settings(str(broken))


def test_course_config_grades_only_in_the_sandbox(tmp_path):
    from autograder.config import load_config

    course = tmp_path / "course"
    course.mkdir()
    shutil.copy(REPO / "nbgrader_config.py", course / "course_config.py")
    shutil.copy(DEPLOY / "course" / "nbgrader_config.py", course / "nbgrader_config.py")
    judge = load_config(course)
    assert judge.sandbox == "bwrap" and judge.require_sandbox
    c = load_py_config(course / "nbgrader_config.py")
    assert c.Exchange.root == str(tmp_path / "exchange")
    assert c.CourseDirectory.root == str(course)
    assert c.Autograde.autograde_preprocessors[0] == "autograder.nbgrader_bridge.JudgeExecute"
    assert "nbgrader.preprocessors.ClearHiddenTests" in c.GenerateFeedback.preprocessors


def test_everyones_nbgrader_config(tmp_path, hubctl):
    etc = tmp_path / "env" / "etc" / "jupyter"
    etc.mkdir(parents=True)
    shutil.copy(DEPLOY / "jupyter" / "student" / "nbgrader_config.py", etc)
    c = load_py_config(etc / "nbgrader_config.py")
    assert c.Exchange.root == str(tmp_path / "exchange")
    assert c.CourseDirectory.course_id == hubctl.course_id()
    assert c.Authenticator.plugin_class.__name__ == "JupyterHubAuthPlugin"


def test_only_the_grading_service_has_the_formgrader():
    student = json.loads((DEPLOY / "jupyter" / "student" / "jupyter_server_config.json")
                         .read_text())["ServerApp"]["jpserver_extensions"]
    grader = json.loads((DEPLOY / "jupyter" / "grader" / "jupyter_server_config.json")
                        .read_text())["ServerApp"]["jpserver_extensions"]
    assert student["nbgrader.server_extensions.formgrader"] is False
    assert grader["nbgrader.server_extensions.formgrader"] is True
    s_page = json.loads((DEPLOY / "jupyter" / "student" / "labconfig" / "page_config.json")
                        .read_text())["disabledExtensions"]
    g_page = json.loads((DEPLOY / "jupyter" / "grader" / "labconfig" / "page_config.json")
                        .read_text())["disabledExtensions"]
    assert s_page["@jupyter/nbgrader:formgrader"] is True
    assert set(s_page) == set(g_page) and not any(g_page.values())


def _names(lines):
    out = set()
    for line in lines:
        line = line.split("#")[0].strip()
        if line:
            out.add(re.split(r"[\[=<>~! ]", line)[0].lower().replace("_", "-"))
    return out


def test_hub_environment_is_pinned():
    """Every package of the hub's environment has its version in requirements.txt."""
    wanted = _names((DEPLOY / "requirements-hub.in").read_text().splitlines())
    pinned = _names((REPO / "requirements.txt").read_text().splitlines())
    assert wanted <= pinned, wanted - pinned
    assert "autograder" not in wanted and "d2l-course" not in wanted


def test_proxy_is_locked():
    package = json.loads((DEPLOY / "proxy" / "package.json").read_text())
    lock = json.loads((DEPLOY / "proxy" / "package-lock.json").read_text())
    want = package["dependencies"]["configurable-http-proxy"]
    assert lock["packages"]["node_modules/configurable-http-proxy"]["version"] == want
    assert all("resolved" not in p or "integrity" in p for p in lock["packages"].values())


# --- Kubernetes ----------------------------------------------------------------------------

Z2JH_TOP = {"fullnameOverride", "nameOverride", "cull", "custom", "debug", "global", "hub",
            "imagePullSecret", "imagePullSecrets", "ingress", "prePuller", "proxy", "rbac",
            "scheduling", "singleuser", "cleanup"}


@pytest.fixture(scope="module")
def values():
    return yaml.safe_load((K8S / "values.yaml").read_text())


def run_extra_config(values):
    """Run the hub's extraConfig snippets against a fresh config, as the chart does."""
    c = Config()
    for name, code in sorted(values["hub"]["extraConfig"].items()):
        exec(compile(code, f"extraConfig/{name}", "exec"), {"c": c, "get_config": lambda: c})
    return c


def test_z2jh_values(values):
    assert set(values) <= Z2JH_TOP, set(values) - Z2JH_TOP
    hub = values["hub"]
    assert set(hub["config"]["JupyterHub"]) >= {"authenticator_class"}
    c = run_extra_config(values)
    groups = c.JupyterHub.load_groups
    assert {"formgrade-d2l-mxnet", "nbgrader-d2l-mxnet"} <= set(groups)
    for name, role in hub["loadRoles"].items():
        assert set(role.get("groups", [])) <= set(groups), name
        for scope in role["scopes"]:
            assert re.fullmatch(r"[a-z:-]+(![a-z]+(=[\w-]+)?)?", scope), scope
    assert callable(c.KubeSpawner.pre_spawn_hook)
    assert values["singleuser"]["extraEnv"]["D2L_REFERENCES"] == "/opt/d2l/references"


def test_images_by_role(values):
    """Students get the image without the judge; instructors the one with it."""
    c = run_extra_config(values)

    class Group:
        def __init__(self, name):
            self.name = name

    def spawn(groups):
        spawner = type("Spawner", (), {})()
        spawner.image = values["singleuser"]["image"]["name"]
        spawner.user = type("User", (), {"groups": [Group(g) for g in groups]})()
        c.KubeSpawner.pre_spawn_hook(spawner)
        return spawner

    assert spawn(["nbgrader-d2l-mxnet"]).image.endswith("d2l-course-student")
    instructor = spawn(["formgrade-d2l-mxnet", "nbgrader-d2l-mxnet"])
    assert "d2l-course-instructor" in instructor.image
    assert instructor.container_security_context["seccompProfile"]["type"] == "Unconfined"


def test_ngshare_is_the_exchange(values):
    ngshare = yaml.safe_load((K8S / "ngshare-values.yaml").read_text())
    assert values["hub"]["services"]["ngshare"]["url"].startswith("http://ngshare:")
    assert "hub_api_token" in ngshare["ngshare"]
    config = (K8S / "nbgrader_config.py").read_text()
    compile(config, "nbgrader_config.py", "exec")
    assert "configureExchange" in config and "/services/ngshare" in config
    scopes = values["hub"]["loadRoles"]["nbgrader-d2l-mxnet"]["scopes"]
    assert "access:services!service=ngshare" in scopes


def test_dask_grading_cluster(values):
    cluster = yaml.safe_load((K8S / "dask-grading.yaml").read_text())
    assert cluster["kind"] == "DaskCluster"
    worker = cluster["spec"]["worker"]["spec"]
    (container,) = worker["containers"]
    assert "d2l-course-instructor" in container["image"]
    assert container["args"][0] == "dask-worker"
    (mount,) = container["volumeMounts"]
    assert mount["readOnly"] and mount["name"] == worker["volumes"][0]["name"]
    assert worker["securityContext"]["seccompProfile"]["type"] == "Unconfined"
    ports = {p["name"]: p["port"] for p in cluster["spec"]["scheduler"]["service"]["ports"]}
    assert ports["tcp-comm"] == 8786
    readme = (K8S / "README.md").read_text()
    assert f"{cluster['metadata']['name']}-scheduler" in readme and "--scheduler" in readme


def test_dockerfile():
    text = (K8S / "Dockerfile").read_text()
    stages = re.findall(r"^FROM \S+ AS (\w+)", text, re.MULTILINE)
    assert stages == ["public", "student", "instructor"]
    student = text.split("AS student")[1].split("AS instructor")[0]
    assert "COPY autograder" not in student  # no hidden checks for students
    # the public part is exported in a stage of its own and only its output is copied
    assert "COPY --from=public /out /opt/d2l/references" in student
    assert "requirements-hub.in -c /tmp/req/requirements.txt" in text
    for line in re.findall(r"^COPY (?!--from=)(.+)$", text, re.MULTILINE):
        for source in line.split()[:-1]:
            assert list(REPO.glob(source)), f"COPY source {source} does not exist"
