"""The similarity report: copied answers are found through renaming, given code is not."""

import shutil

import nbformat

from autograder import report, samples
from autograder.similarity import find_pairs

from .conftest import REPO

ANN = '''def softmax(X):
    # shift by the row maximum so that exp cannot overflow
    shifted = X - X.max(axis=1, keepdims=True)
    numerators = nd.exp(shifted)
    denominators = numerators.sum(axis=1, keepdims=True)
    result = numerators / denominators
    result = nd.where(result != result, nd.zeros_like(result), result)
    return result.reshape(X.shape)
'''
BEN = '''def softmax(X):
    Z = X - X.max(axis=1, keepdims=True)   # stable
    top = nd.exp(Z)
    bottom = top.sum(axis=1, keepdims=True)
    out = top / bottom
    out = nd.where(out != out, nd.zeros_like(out), out)
    return out.reshape(X.shape)
'''
CAT = '''def softmax(X):
    rows = []
    for row in X:
        m = row.max()
        e = (row - m).exp()
        rows.append(e / e.sum())
    return nd.stack(*rows)
'''


def course(tmp_path, answers):
    root = tmp_path / "course"
    for folder in ("release", "source"):
        shutil.copytree(REPO / folder / "ch03", root / folder / "ch03")
    for student, code in answers.items():
        given = {} if code is None else {"softmax": code}
        nb = samples.submission(REPO, "ch03", given, solved=code is not None)
        target = root / "submitted" / student / "ch03" / "ch03.ipynb"
        target.parent.mkdir(parents=True)
        nbformat.write(nb, target)
    return root


def test_a_renamed_copy_is_found_and_shared_or_given_code_is_not(tmp_path):
    book = samples.solutions(REPO, "ch03")["softmax"]
    root = course(tmp_path, {"ann": ANN, "ben": BEN, "cat": CAT, "dan": book,
                             "eve": book.replace("X", "Y"), "fay": None, "gus": None})
    pairs = find_pairs(root, "ch03")
    assert [(p.exercise, p.students) for p in pairs] == [("softmax", ("ann", "ben"))]
    assert min(pairs[0].similarity) >= 0.8 and pairs[0].answers == (ANN, BEN)


def test_the_report_shows_pairs_side_by_side_and_as_csv(tmp_path):
    root = course(tmp_path, {"ann": ANN, "ben": BEN, "cat": CAT})
    (root / "submitted" / "cat" / "ch03" / "ch03.ipynb").write_text('{"cells": [')
    paths = report.write(root, "ch03")
    page = paths["html"].read_text()
    assert "Similar answers (1 pair)" in page and "a reason to look" in page
    assert "nd.zeros_like(result)" in page and "nd.zeros_like(out)" in page
    rows = paths["similarity"].read_text().splitlines()
    assert rows[0].startswith("exercise,student_a,student_b") and rows[1].startswith(
        "softmax,ann,ben,")
