"""Hidden checks for `update_in_place` (§2.2) against nd.elemwise_add(X, Y, out=Z): the
caller's Z (the very array passed in) holds X + Y after the call."""

import pytest

from autograder.exercises.ch02.update_in_place import reference as ref
from autograder.testing import expect_close, fail_if
from d2l.selfcheck.ch02.update_in_place import public as ex

pytestmark = pytest.mark.exercise("update_in_place")


def run(student, rng, shape):
    X, Y = (rng.normal(size=shape).astype("float32") for _ in range(2))
    Z = (rng.normal(size=shape) + 3).astype("float32")  # never zero: Z += X + Y shows
    result = student.call("update_in_place", Z, X, Y, return_args=True)
    z_after, x_after, y_after = result.args_after
    fail_if(ex.diagnose(Z, z_after, X, Y))
    expect_close(z_after, ref.update_in_place(Z, X, Y),
                 f"the array Z of shape {shape} after update_in_place(Z, X, Y)", 1e-6, 1e-6)
    return X, Y, x_after, y_after


@pytest.mark.points(1)
def test_writes_into_Z(student, rng):
    """writes X + Y into the caller's Z (its memory, not a new array)."""
    for shape in [(3, 4), (2, 3, 2)]:
        run(student, rng, shape)


@pytest.mark.points(0.5)
def test_leaves_X_and_Y(student, rng):
    """leaves X and Y unchanged."""
    X, Y, x_after, y_after = run(student, rng, (4, 2))
    fail_if(ex.inputs_changed(X, Y, x_after, y_after))
