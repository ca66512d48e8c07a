"""The course's data files inside the sandbox: the book's loaders work, read-only, offline."""

import pytest

from autograder import samples
from autograder.pipeline import Grader

from .conftest import REPO, SHARED_DATA, settings

needs_data = pytest.mark.skipif(not (SHARED_DATA / "airfoil_self_noise.dat").is_file(),
                                reason=f"needs the shared data folder {SHARED_DATA}")


@pytest.fixture(scope="module")
def data_grader():
    with Grader(REPO, settings(data_dir=str(SHARED_DATA))) as grader:
        yield grader


def exercise(result, name):
    return next(e for e in result.exercises if e.name == name)


def test_without_the_file_the_message_says_what_to_do(tmp_path, make_submission):
    answer = ("features, labels = d2l.get_data_ch7()\n"
              + samples.solutions(REPO, "ch07")["sgd"])
    with Grader(REPO, settings(data_dir=str(tmp_path))) as grader:
        result = grader.grade(make_submission("ch07", {"sgd": answer}), "ch07")
    sgd = exercise(result, "sgd")
    assert sgd.score == 0
    text = " ".join(sgd.messages)
    assert "cannot download" in text and "Load data in the notebook's own cells" in text, text


def test_the_books_import_line_works(grader, make_submission):
    """The book's cells begin with ``import d2lzh as d2l``."""
    answer = "import d2lzh as d2l\n" + samples.solutions(REPO, "ch03")["relu"]
    result = grader.grade(make_submission("ch03", {"relu": answer}), "ch03")
    relu = exercise(result, "relu")
    assert relu.score == relu.max_score, relu.messages


@needs_data
def test_the_books_loader_works_in_an_answer_cell(data_grader, make_submission):
    """The book's chapter-7 cells begin with ``features, labels = d2l.get_data_ch7()``."""
    answer = samples.solutions(REPO, "ch07")["sgd"]
    book = "features, labels = d2l.get_data_ch7()\nassert features.shape == (1500, 5)\n" + answer
    result = data_grader.grade(make_submission("ch07", {"sgd": book}), "ch07")
    sgd = exercise(result, "sgd")
    assert sgd.score == sgd.max_score, sgd.messages
    assert result.score == result.max_score


@needs_data
def test_the_data_is_read_only(data_grader, make_submission):
    attack = ("import os\nfrom d2l.data import data_dir\n"
              "open(os.path.join(data_dir(), 'airfoil_self_noise.dat'), 'a').write('0')\n")
    answer = attack + samples.solutions(REPO, "ch07")["sgd"]
    result = data_grader.grade(make_submission("ch07", {"sgd": answer}), "ch07")
    sgd = exercise(result, "sgd")
    assert sgd.score == 0
    assert "Read-only file system" in " ".join(sgd.messages) or "Permission" in " ".join(
        sgd.messages), sgd.messages
    assert (SHARED_DATA / "airfoil_self_noise.dat").stat().st_size == 59984
