"""Hidden checks for `conv_output_shape` (§5.2) against MXNet's shape inference for
nn.Conv2D / nd.Convolution (padding per side, floor division).

Each check starts with fixed settings that tell every named mistake it can see from the
right answer and from each other (tests/submissions/ch05/conv_output_shape_*), then random
ones: a mistake costs the same points under every seed.
"""

import pytest

from autograder.exercises.ch05.conv_output_shape import reference as ref
from autograder.testing import fail_if
from d2l.selfcheck.ch05.conv_output_shape import public as ex

pytestmark = pytest.mark.exercise("conv_output_shape")

# Fixed settings (n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w) of each check.
NO_PADDING = [(9, 6, 2, 4, 0, 0, 1, 1)]
# (11, 7) right; padding counted once (9, 6); + 1 missing (10, 6); padding ignored (7, 5).
PADDING = [(11, 8, 4, 3, 2, 1, 1, 1)]
# The first catches the padding counted once or ignored, the + 1 missing, the stride
# ignored or dividing n, and the sides swapped; the second rounding up (4, 2) and to the
# nearest (4, 1) instead of down (3, 1).
STRIDES = [(6, 13, 4, 3, 2, 0, 3, 2), (6, 6, 2, 5, 2, 0, 3, 4)]


def check(student, settings):
    for args in settings:
        args = tuple(int(a) for a in args)
        got = student.call("conv_output_shape", *args).value
        fail_if(ex.problem(got, args, ref.conv_output_shape(*args)))


def random_settings(rng, count, padding, stride):
    out = []
    while len(out) < count:
        n_h, n_w = rng.integers(5, 40, size=2)
        k_h, k_w = rng.integers(1, 6, size=2)
        p_h, p_w = rng.integers(1, 3, size=2) if padding else (0, 0)
        s_h, s_w = rng.integers(2, 5, size=2) if stride else (1, 1)
        if stride and ((n_h - k_h + 2 * p_h) % s_h == 0 or (n_w - k_w + 2 * p_w) % s_w == 0):
            continue  # keep the cases where rounding matters
        out.append((n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w))
    return out


@pytest.mark.points(0.25)
def test_no_padding(student, rng):
    """without padding or strides the output has n - k + 1 rows."""
    check(student, NO_PADDING + random_settings(rng, 4, padding=False, stride=False))


@pytest.mark.points(0.25)
def test_padding(student, rng):
    """with padding on each side, stride 1."""
    check(student, PADDING + random_settings(rng, 4, padding=True, stride=False))


@pytest.mark.points(0.5)
def test_strides(student, rng):
    """with strides, rounding down, with and without padding."""
    check(student, STRIDES + random_settings(rng, 3, padding=True, stride=True)
          + random_settings(rng, 3, padding=False, stride=True))
