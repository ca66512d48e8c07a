"""Where nbgrader_config.py puts our steps in place of nbgrader's, nbgrader's behaviour is
kept: the same notebooks pass, the same broken ones fail with the same error."""

import copy
import logging
from pathlib import Path

import nbformat
import pytest
from nbgrader.converters.autograde import Autograde
from nbgrader.nbgraderformat import MetadataValidator, ValidationError
from nbgrader.nbgraderformat.common import SchemaMismatchError

from autograder import nbgrader_bridge
from autograder.config import course_config

REPO = Path(__file__).resolve().parents[1]
RELEASED = sorted((REPO / "release").glob("ch*/ch*.ipynb"))


def test_the_sanitizing_steps_are_nbgrader_s_with_one_replaced():
    ours = course_config(REPO).Autograde.sanitize_preprocessors
    stock = [f"{cls.__module__.rsplit('.', 1)[0]}.{cls.__name__}"
             for cls in Autograde().sanitize_preprocessors]
    assert [name.rsplit(".", 1)[1] for name in ours] == [n.rsplit(".", 1)[1] for n in stock]
    assert [a == b for a, b in zip(ours, stock)] == [True] * 4 + [False]
    assert ours[-1] == "autograder.nbgrader_bridge.CheckCellMetadata"


def _graded_cell(nb):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade"))


def _set(key, value):
    def change(nb):
        _graded_cell(nb).metadata.nbgrader[key] = value
    return change


def _drop(key):
    def change(nb):
        del _graded_cell(nb).metadata.nbgrader[key]
    return change


def _duplicate_id(nb):
    cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id")]
    cells[1].metadata.nbgrader.grade_id = cells[0].metadata.nbgrader.grade_id


def _markdown_grade(nb):
    cell = _graded_cell(nb)
    cell.cell_type = "markdown"
    cell.pop("outputs", None)
    cell.pop("execution_count", None)


BROKEN = {
    "points_as_text": _set("points", "two"),
    "points_negative": _set("points", -1),
    "grade_not_a_bool": _set("grade", "yes"),
    "no_grade_id": _drop("grade_id"),
    "empty_grade_id": _set("grade_id", ""),
    "no_points": _drop("points"),
    "no_locked": _drop("locked"),
    "unknown_key": _set("colour", "red"),
    "schema_too_old": _set("schema_version", 2),
    "schema_too_new": _set("schema_version", 4),
    "duplicate_grade_id": _duplicate_id,
    "markdown_grade_not_solution": _markdown_grade,
}


def _outcome(validator, nb):
    try:
        validator.validate_nb(nb)
    except (ValidationError, SchemaMismatchError) as exc:
        return type(exc), str(exc)
    return None


@pytest.mark.parametrize("path", RELEASED, ids=lambda p: p.parent.name)
def test_every_released_notebook_passes_both(path):
    nb = nbformat.read(path, as_version=4)
    assert _outcome(MetadataValidator(), nb) is None
    assert _outcome(nbgrader_bridge._MetadataValidator(), nb) is None


@pytest.mark.parametrize("break_it", BROKEN.values(), ids=BROKEN.keys())
def test_broken_metadata_fails_as_in_nbgrader(break_it):
    nb = nbformat.read(RELEASED[1], as_version=4)
    break_it(nb)
    stock = _outcome(MetadataValidator(), copy.deepcopy(nb))
    assert stock is not None, "the variant must be one that nbgrader rejects"
    assert _outcome(nbgrader_bridge._MetadataValidator(), copy.deepcopy(nb)) == stock


def test_the_step_logs_and_raises_nbgrader_s_message(caplog):
    nb = nbformat.read(RELEASED[1], as_version=4)
    _set("points", "two")(nb)
    step = nbgrader_bridge.CheckCellMetadata()
    step.log = logging.getLogger("check-cell-metadata")
    with caplog.at_level(logging.ERROR), pytest.raises(ValidationError) as raised:
        step.preprocess(nb, {})
    assert str(raised.value) == ("Notebook failed to validate; the nbgrader metadata may be "
                                 "corrupted.")
    assert "'two' is not of type 'number'" in caplog.text
    good = nbformat.read(RELEASED[1], as_version=4)
    assert step.preprocess(good, {}) == (good, {})


def test_the_judge_s_outputs_are_those_nbformat_makes_and_validate():
    """write_into_cells builds the test cells' outputs without nbformat's per-output schema
    check: they must be exactly what ``new_output`` makes, in a notebook that validates."""
    from nbformat.v4 import new_output

    nb = nbformat.read(REPO / "release" / "ch03" / "ch03.ipynb", as_version=4)
    record = {"status": "graded", "result": {"exercises": [
        {"name": "softmax", "score": 1.5, "max_score": 2, "status": "partial",
         "messages": ["softmax(nd.array([[100, 0]])) contains NaN or inf " * 4]}]}}
    nbgrader_bridge.write_into_cells(nb, record)
    tests = [c for c in nb.cells if c.cell_type == "code"
             and c.metadata.get("nbgrader", {}).get("grade")
             and not c.metadata.nbgrader.get("solution")]
    assert len(tests) > 1
    for cell in tests:
        name = cell.metadata.nbgrader.grade_id[len("test_"):]
        score = 1.5 if name == "softmax" else 0.0
        assert cell.outputs == [
            new_output("stream", name="stdout", text=cell.outputs[0].text),
            new_output("execute_result", data={"text/plain": repr(score)},
                       execution_count=None)]
        assert cell.outputs[0].text.startswith(
            "softmax: 1.5 / 2 (partial)\n" if name == "softmax" else "not graded: ")
    nbformat.validate(nb)
