"""Record the reference outputs that back the public self-check and the drift test.

    python -m autograder build-references [chNN ...]

Each ``autograder/references/<chNN>.py`` with a ``public_cases()`` function gets a
``<chNN>.npz`` beside it: fixed inputs and the outputs MXNet computes for them. The test
suite recomputes them to catch MXNet behaving differently from when they were recorded.
"""

import importlib
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
VERSION_KEY = "__mxnet_version__"


def chapters():
    return sorted(p.stem for p in HERE.glob("ch[0-9][0-9].py"))


def compute(chapter):
    """The chapter's public cases as a dict of arrays, computed now."""
    import mxnet

    module = importlib.import_module(f"autograder.references.{chapter}")
    cases = {k: np.asarray(v) for k, v in module.public_cases().items()}
    cases[VERSION_KEY] = np.array(mxnet.__version__)
    return cases


def path_of(chapter):
    return HERE / f"{chapter}.npz"


def load(chapter):
    with np.load(path_of(chapter), allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def main(names=None):
    for chapter in names or chapters():
        cases = compute(chapter)
        np.savez(path_of(chapter), **dict(sorted(cases.items())))
        print(f"wrote {path_of(chapter)} ({len(cases) - 1} arrays)")
    return 0
