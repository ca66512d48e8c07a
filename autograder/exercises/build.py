"""Record the cases that back the public self-check and the drift test.

    python -m autograder build-references [chNN | chNN/name ...]

Each exercise whose ``reference.py`` has ``public_cases(rng)`` gets a ``cases.npz`` beside
it: fixed inputs and the outputs MXNet computes for them (the generator is seeded by the
exercise's key, so a rebuild records the same inputs). The test suite recomputes them to
catch MXNet behaving differently from when they were recorded.
"""

import zlib

import numpy as np

from . import ROOT, chapters, names, reference

VERSION_KEY = "__mxnet_version__"


def targets(selection=None):
    """``(chapter, name)`` of every exercise with recorded cases, or of ``selection``
    (chapters like ``"ch03"`` or exercises like ``"ch03/softmax"``)."""
    out = []
    for chapter in chapters():
        for name in names(chapter):
            key = f"{chapter}/{name}"
            if selection and chapter not in selection and key not in selection:
                continue
            module = reference(chapter, name)
            if module is not None and hasattr(module, "public_cases"):
                out.append((chapter, name))
    return out


def compute(chapter, name):
    """The exercise's public cases as a dict of arrays, computed now."""
    import mxnet

    rng = np.random.default_rng(zlib.crc32(f"{chapter}/{name}".encode()))
    cases = {k: np.asarray(v) for k, v in reference(chapter, name).public_cases(rng).items()}
    cases[VERSION_KEY] = np.array(mxnet.__version__)
    return cases


def path_of(chapter, name):
    return ROOT / chapter / name / "cases.npz"


def load(chapter, name):
    with np.load(path_of(chapter, name), allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def main(selection=None):
    for chapter, name in targets(selection):
        cases = compute(chapter, name)
        np.savez(path_of(chapter, name), **dict(sorted(cases.items())))
        print(f"wrote {path_of(chapter, name)} ({len(cases) - 1} arrays)")
    return 0
