"""The exercise folders: what is public stays apart from what is hidden, names are keyed by
chapter, and the public check and the grader agree on forbidden calls."""

import os
import subprocess
import sys

import pytest

from autograder import exercises
from autograder.child import cells, harness
from autograder.exercises.export import export_public, public_files
from d2l.selfcheck import PublicCheckFailed, check, find

from .conftest import REPO

HIDDEN_NAMES = ("reference.py", "test_", "_")


def test_every_exercise_has_public_checks_hidden_checks_and_a_reference():
    for chapter in exercises.chapters():
        for name in exercises.names(chapter):
            folder = exercises.ROOT / chapter / name
            assert (folder / "public.py").is_file()
            assert (folder / f"test_{name}.py").is_file(), f"{chapter}/{name}"
            module = exercises.public(chapter, name)
            assert module.SECTION.startswith("§"), f"{chapter}/{name}"
            assert module.CHECKS, f"{chapter}/{name} has no public checks"


def test_the_export_holds_the_public_part_and_nothing_hidden(tmp_path):
    export_public(tmp_path, exercises.ROOT)
    exported = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert exported == sorted(public_files(exercises.ROOT))
    for rel in exported:
        assert rel.name in ("__init__.py", "public.py", "cases.npz"), rel
        assert rel.name == "__init__.py" or len(rel.parts) == 3, rel
        assert oct((tmp_path / rel).stat().st_mode & 0o777) == oct(0o644)
    names = {p.name for p in tmp_path.rglob("*")}
    assert not any(n.startswith("test_") or n == "reference.py" for n in names)
    assert {p.name for p in (exercises.ROOT / "ch03").glob("*/*.py")} >= {"reference.py"}


def test_public_modules_work_without_the_judge(tmp_path):
    """In a student's kernel there is no autograder package: every public module and check
    imports from the exported tree alone."""
    export_public(tmp_path, exercises.ROOT)
    code = ("import sys; sys.modules['autograder'] = None\n"
            "import importlib, d2l.selfcheck as s\n"
            "for ch in s.chapters():\n"
            "    importlib.import_module(f'd2l.selfcheck.{ch}').check\n"
            "    for p in sorted((s.public_root() / ch).glob('*/public.py')):\n"
            "        importlib.import_module(f'd2l.selfcheck.{ch}.{p.parent.name}.public')\n"
            "print('ok', s.public_root())\n")
    env = dict(os.environ, D2L_REFERENCES=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip() == f"ok {tmp_path}"


def test_the_deployments_export_with_the_same_script():
    dockerfile = (REPO / "deploy" / "k8s" / "Dockerfile").read_text()
    assert "RUN python /src/exercises/export.py /out" in dockerfile
    assert "COPY --from=public /out /opt/d2l/references" in dockerfile
    student = dockerfile.split("AS student")[1].split("AS instructor")[0]
    assert "autograder" not in student.replace("COPY --from=public", "")
    assert '"exercises" / "export.py"' in (REPO / "deploy" / "hubctl.py").read_text()


def test_stand_ins_are_keyed_by_chapter():
    relu = harness.stand_in("ch03/relu")
    assert relu.__module__ == "d2l.selfcheck.ch03.relu.public"
    for bad in ("relu", "ch99/relu", "ch03/../relu", "ch03/softmax", "ch06/lstm.shared",
                "ch06/lstm.__class__", "ch06/lstm.init_lstm_state.__globals__"):
        with pytest.raises((KeyError, ModuleNotFoundError, AttributeError)):
            harness.stand_in(bad)
    # a helper the exercise lists, for checks of exercises that come before it
    H, C = harness.stand_in("ch06/lstm.init_lstm_state")(2, 3, None)
    assert H.shape == C.shape == (2, 3)


def test_one_name_in_two_chapters_finds_each_chapters_exercise():
    chapter, module = find("sgd", "ch07")
    assert chapter == "ch07" and module.__name__ == "d2l.selfcheck.ch07.sgd.public"
    chapter, module = find("sgd", "ch03")
    assert chapter == "ch03" and module.__name__ == "d2l.selfcheck.ch03.sgd.public"
    assert find("sgd", "ch07")[1].SECTION != find("sgd", "ch03")[1].SECTION


def _define(source, name):
    ns = cells.new_namespace()
    exec(source, ns)
    return ns[name]


def test_public_check_warns_about_a_forbidden_call(capsys, monkeypatch):
    softmax = _define("from mxnet import nd\ndef softmax(X):\n    return nd.softmax(X)\n",
                      "softmax")
    assert check("softmax", softmax, chapter="ch03") is False
    out = capsys.readouterr().out
    assert "PASS  matches nd.softmax" in out  # the numbers are right...
    assert "WARN  it calls nd.softmax" in out and "score it 0" in out  # ...but it is forbidden
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    with pytest.raises(PublicCheckFailed, match="forbids"):
        check("softmax", softmax, chapter="ch03")


def test_public_check_sees_a_forbidden_call_through_a_hybridized_block(capsys):
    softmax = _define("from mxnet import nd, gluon\n"
                      "class S(gluon.HybridBlock):\n"
                      "    def hybrid_forward(self, F, x):\n"
                      "        return F.softmax(x)\n"
                      "net = S()\nnet.hybridize()\n"
                      "def softmax(X):\n    return net(X)\n", "softmax")
    assert check("softmax", softmax, chapter="ch03") is False
    assert "WARN" in capsys.readouterr().out


def test_public_check_sees_a_forbidden_python_function(capsys):
    data_iter = _define("import d2l\ndef data_iter(batch_size, features, labels):\n"
                        "    yield from d2l.data_iter(batch_size, features, labels)\n",
                        "data_iter")
    assert check("data_iter", data_iter, chapter="ch03") is False
    assert "WARN  it calls d2l.data_iter" in capsys.readouterr().out


def test_an_honest_answer_gets_no_warning(capsys):
    softmax = _define("def softmax(X):\n    e = (X - X.max(axis=1, keepdims=True)).exp()\n"
                      "    return e / e.sum(axis=1, keepdims=True)\n", "softmax")
    assert check("softmax", softmax, chapter="ch03") is True
    out = capsys.readouterr().out
    assert "WARN" not in out and "all 3 public checks passed" in out


def test_public_check_judges_an_exercise_on_its_own(capsys):
    """Conv2D is checked with the grader's corr2d in the public check too: a corr2d that
    autograd cannot differentiate (the book's item assignment) costs nothing in Conv2D."""
    ns = cells.new_namespace()
    exec("from mxnet import nd\nfrom mxnet.gluon import nn\n"
         "def corr2d(X, K):\n    h, w = K.shape\n"
         "    Y = nd.zeros((X.shape[0] - h + 1, X.shape[1] - w + 1))\n"
         "    for i in range(Y.shape[0]):\n        for j in range(Y.shape[1]):\n"
         "            Y[i, j] = (X[i: i + h, j: j + w] * K).sum()\n    return Y\n"
         "class Conv2D(nn.Block):\n    def __init__(self, kernel_size, **kwargs):\n"
         "        super().__init__(**kwargs)\n"
         "        self.weight = self.params.get('weight', shape=kernel_size)\n"
         "        self.bias = self.params.get('bias', shape=(1,))\n"
         "    def forward(self, x):\n"
         "        return corr2d(x, self.weight.data()) + self.bias.data()\n", ns)
    own = ns["corr2d"]
    assert check("Conv2D", ns["Conv2D"], chapter="ch05"), capsys.readouterr().out
    assert ns["corr2d"] is own  # the notebook's own corr2d is back
    assert not check("corr2d", own, chapter="ch05")  # and still judged in its own exercise


def test_public_check_names_the_stub_an_answer_calls(capsys):
    """An answer that calls another exercise still left as its stub is told which one."""
    ns = cells.new_namespace()
    exec("from mxnet import nd\n"
         "def box_iou(boxes1, boxes2):\n    raise NotImplementedError\n"
         "def nms(boxes, scores, iou_threshold):\n    box_iou(boxes, boxes)\n", ns)
    assert check("nms", ns["nms"], chapter="ch09") is False
    out = capsys.readouterr().out
    assert "it calls `box_iou`, which is not implemented yet" in out
    assert out.count("FAIL") == 1  # the other checks are not run on a stub
    exec("def nms(boxes, scores, iou_threshold):\n    raise NotImplementedError\n", ns)
    assert check("nms", ns["nms"], chapter="ch09") is False
    assert "FAIL" in (out := capsys.readouterr().out) and "`box_iou`" not in out
    assert "not implemented yet (it raises NotImplementedError)" in out
