"""Shared fixtures: the repository's paths, a warm grader, and submission builders."""

import os
from pathlib import Path

import nbformat
import pytest

from autograder import samples
from autograder.config import load_config
from autograder.pipeline import Grader
from autograder.sandbox import bwrap_works

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"

# Short limits keep the tests of hanging code fast; real courses use nbgrader_config.py.
TEST_LIMITS = {"cell_timeout": 4.0, "call_timeout": 4.0, "total_timeout": 120.0}


def pytest_configure(config):
    os.environ.setdefault("MPLBACKEND", "Agg")


def settings(**overrides):
    return load_config(REPO, dict(TEST_LIMITS, **overrides))


@pytest.fixture(scope="session")
def grader():
    """One warm grader (one sandbox) for the whole session; bwrap when it works."""
    with Grader(REPO, settings()) as g:
        yield g


@pytest.fixture(scope="session")
def sandboxed(grader):
    """Skip tests that need isolation when bubblewrap is unavailable."""
    if not bwrap_works():
        pytest.skip("needs the bubblewrap sandbox (Debian package 'bubblewrap')")
    return grader


@pytest.fixture
def write_notebook(tmp_path):
    """Write a notebook object to a fresh path and return the path."""
    counter = iter(range(10**6))

    def write(nb, name=None):
        path = tmp_path / (name or f"submission{next(counter)}.ipynb")
        nbformat.write(nb, path)
        return path

    return write


@pytest.fixture
def make_submission(write_notebook):
    """A chapter's release notebook filled with solutions and the given answers."""

    def make(assignment="ch03", answers=None, solved=True, edit=None):
        nb = samples.submission(REPO, assignment, answers, solved)
        if edit is not None:
            edit(nb)
        return write_notebook(nb)

    return make


# Modules whose expensive module-scoped fixtures (a graded class, regenerated releases, a
# warm sandbox) should be built once: under pytest-xdist (`make test` runs `-n auto --dist
# loadgroup`) each of them runs whole on one worker.
ONE_WORKER_MODULES = {"test_classgrade", "test_cli", "test_course_data", "test_orphans",
                      "test_release", "test_sandbox"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1]
        if module in ONE_WORKER_MODULES and not item.get_closest_marker("xdist_group"):
            item.add_marker(pytest.mark.xdist_group(module))
