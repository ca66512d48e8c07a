"""Recorded reference outputs still match MXNet; the public self-check works on them."""

import numpy as np
import pytest

from autograder import samples
from autograder.child import cells
from autograder.exercises import build
from autograder.notebook import known_assignments
from d2l.selfcheck import check

from .conftest import REPO


@pytest.mark.parametrize("target", build.targets(), ids="/".join)
def test_recorded_references_match_mxnet_today(target):
    recorded, now = build.load(*target), build.compute(*target)
    assert recorded.keys() == now.keys(), "run `make references` after changing the cases"
    for key in recorded:
        if key == build.VERSION_KEY:
            assert str(recorded[key]) == str(now[key]), "recorded with another MXNet"
            continue
        if np.asarray(recorded[key]).dtype.kind in "OSU":  # tokens: compared exactly
            np.testing.assert_array_equal(now[key], recorded[key],
                                          err_msg=f"the recorded {key} changed")
            continue
        # float32 sums may differ in their last bits from run to run (MXNet's threads add
        # in another order on a busy machine), and a deep network (TinySSD) carries such
        # differences of its large values into its small ones: a few ulps of the largest
        # value, far below any change of formula
        scale = float(np.max(np.abs(recorded[key]))) if np.size(recorded[key]) else 0.0
        np.testing.assert_allclose(now[key], recorded[key], rtol=1e-5,
                                   atol=max(1e-6, 1e-5 * scale),
                                   err_msg=f"MXNet now computes {key} differently")


def namespace(assignment, solved):
    """The notebook's setup and answer cells run in one namespace, as in a kernel."""
    nb = samples.submission(REPO, assignment, solved=solved)
    ns = cells.new_namespace()
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and (meta.get("solution") or (
                meta.get("locked") and not meta.get("grade")
                and "demo" not in cell.metadata.get("tags", []))):
            exec(cells.compile_cell(0, cell.source), ns)
    return ns


def exercises(assignment):
    return sorted(samples.solutions(REPO, assignment))


@pytest.mark.parametrize("assignment", known_assignments(REPO))
def test_public_checks_pass_on_the_solution(capsys, assignment):
    ns = namespace(assignment, solved=True)
    for name in exercises(assignment):
        assert check(name, ns[name], chapter=assignment), capsys.readouterr().out
    out = capsys.readouterr().out
    assert "FAIL" not in out and "public checks passed" in out


@pytest.mark.parametrize("assignment", known_assignments(REPO))
def test_public_checks_say_not_implemented_on_the_release(capsys, assignment):
    ns = namespace(assignment, solved=False)
    chapter = int(assignment[2:])
    for name in exercises(assignment):
        assert not check(name, ns[name], chapter=assignment)
        out = capsys.readouterr().out
        assert f"check {name}  (§{chapter}." in out and "FAIL" in out, out
        assert "not implemented yet" in out, out


def test_public_check_names_a_mistake(capsys):
    ns = cells.new_namespace()
    exec("from mxnet import nd\ndef softmax(X):\n    e = X.exp()\n"
         "    return e / e.sum(axis=1, keepdims=True)", ns)
    assert not check("softmax", ns["softmax"])
    out = capsys.readouterr().out
    assert "PASS  matches nd.softmax" in out
    assert "FAIL  softmax(nd.array([[100, 0]]))" in out and "maximum" in out
    assert "2 of 3 public checks passed" in out


def test_public_check_fails_the_cell_under_nbgrader_validate(monkeypatch, capsys):
    from d2l.selfcheck import PublicCheckFailed

    ns = namespace("ch03", solved=False)
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    with pytest.raises(PublicCheckFailed, match="softmax: 3 of 3 public checks failed"):
        check("softmax", ns["softmax"])
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")  # the judge's checks decide there
    assert check("softmax", ns["softmax"]) is False
