"""Hidden checks for `Residual` (§5.11) against the book's block built from Gluon layers,
with the student's parameter values copied in; batch normalization in training mode."""

import pytest

from autograder.exercises.ch05._blocks import expect_forward, expect_structure, run_block
from autograder.exercises.ch05._fixed import both
from autograder.exercises.ch05.Residual import reference as ref
from d2l.selfcheck.blocks import call_text
from d2l.selfcheck.ch05.Residual import public as ex

pytestmark = pytest.mark.exercise("Residual")


def build(student, rng, args, c_in, size=6, train_mode=True):
    X = rng.normal(size=(2, c_in, size, size)).astype("float32")
    return X, run_block(student, "Residual", *args, X=X, train_mode=train_mode,
                        seed=int(rng.integers(1 << 30)))


def forward(result, args, X):
    expect_forward(result, ref.Residual, args, X, call_text("Residual", args),
                   train_mode=True, variants=ref.variants(*args), mistakes=ex.MISTAKES,
                   structure=ex.structure)


@pytest.mark.points(0.5)
def test_same_shape(student, rng):
    """Residual(c) keeps the input's shape and computes what the book's block computes."""
    for r in both("Residual/same", rng):
        c = int(r.integers(2, 6))
        X, result = build(student, r, (c,), c_in=c)
        expect_structure(result, ref.Residual, (c,), X, call_text("Residual", (c,)),
                         ex.structure, params=False)
        forward(result, (c,), X)


@pytest.mark.points(0.5)
def test_parameters(student, rng):
    """two 3x3 convolutions and two batch norms, plus a 1x1 convolution only with use_1x1conv."""
    for r in both("Residual/parameters", rng):
        c_out = int(r.integers(4, 8))
        for args, c_in in [((c_out, True, 2), 3), ((c_out,), c_out)]:
            X, result = build(student, r, args, c_in=c_in)
            expect_structure(result, ref.Residual, args, X, call_text("Residual", args),
                             ex.structure, shape=False)


@pytest.mark.points(1)
def test_downsampling(student, rng):
    """with use_1x1conv=True and strides=2 the shortcut goes through the 1x1 convolution."""
    for r in both("Residual/downsampling", rng):
        args = (int(r.integers(4, 8)), True, 2)
        X, result = build(student, r, args, c_in=3, size=5)  # odd: 5 -> 3 rounds up
        expect_structure(result, ref.Residual, args, X, call_text("Residual", args),
                         ex.structure, params=False)
        forward(result, args, X)
