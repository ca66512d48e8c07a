"""Reading submissions defensively: what runs, what is restored, what is flagged."""

import json

import pytest

from autograder import samples
from autograder.notebook import NotGradable, load_assignment, read_submission

from .conftest import REPO


def submission_dict(answers=None, solved=True):
    return json.loads(json.dumps(samples.submission(REPO, "ch03", answers, solved)))


def read(tmp_path, data, **kwargs):
    path = tmp_path / "nb.ipynb"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return read_submission(path, REPO, **kwargs)


def codes(sub):
    return [f["code"] for f in sub.flags]


def find(data, grade_id):
    return next(i for i, c in enumerate(data["cells"])
                if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == grade_id)


def test_the_source_describes_the_assignment():
    spec = load_assignment(REPO, "ch03")
    assert [e.name for e in spec.exercises][:3] == ["data_iter", "linreg", "squared_loss"]
    assert spec.max_score == 18
    assert "setup" in spec.locked and "demo_mlp" in spec.demos
    assert all(e.section.startswith("§3.") for e in spec.exercises)


def test_a_clean_submission_runs_setup_and_answers_but_no_tests_or_demos(tmp_path):
    sub = read(tmp_path, submission_dict())
    assert sub.flags == []
    sources = "\n".join(c.source for c in sub.cells)
    assert "import d2l" in sources and "def softmax" in sources
    assert "check(" not in sources and "HIDDEN" not in sources
    assert "load_data_fashion_mnist" not in sources  # demos are skipped
    assert set(sub.answers) == {e.name for e in sub.assignment.exercises}


def test_edited_locked_cells_are_restored(tmp_path):
    data = submission_dict()
    data["cells"][find(data, "setup")]["source"] = "import os\nos.system('rm -rf /')"
    sub = read(tmp_path, data)
    assert "locked_cell_modified" in codes(sub)
    assert "import d2l" in sub.cells[0].source and "rm -rf" not in sub.cells[0].source


def test_deleted_locked_cells_are_put_back_in_place(tmp_path):
    data = submission_dict()
    del data["cells"][find(data, "mlp_params")]
    del data["cells"][find(data, "setup")]
    sub = read(tmp_path, data)
    assert codes(sub).count("locked_cell_deleted") == 2
    assert sub.cells[0].grade_id == "setup"
    order = [c.grade_id for c in sub.cells if c.grade_id]
    assert order.index("mlp_params") == order.index("relu") + 1


def test_a_deleted_answer_cell_is_missing_with_a_reason(tmp_path):
    data = submission_dict()
    del data["cells"][find(data, "softmax")]
    sub = read(tmp_path, data)
    assert "softmax" not in sub.answers
    assert "missing" in sub.missing_reasons["softmax"]


def test_an_answer_turned_into_markdown_is_missing(tmp_path):
    data = submission_dict()
    data["cells"][find(data, "relu")]["cell_type"] = "markdown"
    data["cells"][find(data, "relu")].pop("outputs", None)
    data["cells"][find(data, "relu")].pop("execution_count", None)
    sub = read(tmp_path, data)
    assert "markdown" in sub.missing_reasons["relu"]


def test_duplicated_answers_run_in_order_and_are_flagged(tmp_path):
    data = submission_dict()
    i = find(data, "relu")
    data["cells"].insert(i + 1, json.loads(json.dumps(data["cells"][i])))
    sub = read(tmp_path, data)
    assert "duplicate_answer" in codes(sub)


def test_extra_student_cells_run_unless_tagged_demo(tmp_path):
    data = submission_dict()
    extra = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
             "source": "def helper(x):\n    return x"}
    mine = dict(extra, metadata={"tags": ["demo"]}, source="train_for_an_hour()")
    data["cells"][3:3] = [extra, mine]
    sources = [c.source for c in read(tmp_path, data).cells]
    assert extra["source"] in sources and mine["source"] not in sources


def test_test_cells_never_run_even_if_edited(tmp_path):
    data = submission_dict()
    data["cells"][find(data, "test_softmax")]["source"] = "grade = 100"
    assert all("grade = 100" not in c.source for c in read(tmp_path, data).cells)


@pytest.mark.parametrize("text, reason", [
    ("{not json", "invalid JSON"),
    ('{"cells": 3}', "not a Jupyter notebook"),
    ("[]", "not a Jupyter notebook"),
    ('{"cells": [], "metadata": {}}', "not a course notebook"),
])
def test_hopeless_files_are_not_gradable(tmp_path, text, reason):
    with pytest.raises(NotGradable, match=reason):
        read(tmp_path, text)


def test_binary_and_missing_files_are_not_gradable(tmp_path):
    path = tmp_path / "x.ipynb"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(NotGradable, match="not a text file"):
        read_submission(path, REPO)
    with pytest.raises(NotGradable, match="cannot read"):
        read_submission(tmp_path / "nope.ipynb", REPO)


def test_a_notebook_of_another_assignment_is_refused(tmp_path):
    data = submission_dict()
    data["metadata"]["d2l"]["assignment"] = "ch99"
    with pytest.raises(NotGradable, match="ch99, not ch03"):
        read(tmp_path, data, assignment="ch03")
    with pytest.raises(NotGradable, match="unknown assignment"):
        read(tmp_path, data)


def test_the_assignment_is_inferred_without_metadata(tmp_path):
    data = submission_dict()
    del data["metadata"]["d2l"]
    assert read(tmp_path, data).assignment.name == "ch03"


def test_damaged_cells_are_skipped_and_flagged(tmp_path):
    data = submission_dict()
    data["cells"].insert(2, "not a cell")
    data["cells"].insert(3, {"cell_type": "code"})  # no source, no metadata
    sub = read(tmp_path, data)
    assert "invalid_notebook" in codes(sub)
    assert "softmax" in sub.answers
