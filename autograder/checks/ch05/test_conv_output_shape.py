"""Hidden checks for `conv_output_shape` (§5.2) against MXNet's shape inference for
nn.Conv2D / nd.Convolution (padding per side, floor division)."""

import numpy as np
import pytest

from autograder.references import ch05 as ref
from autograder.testing import expect, fail

pytestmark = pytest.mark.exercise("conv_output_shape")


def as_ints(got, args):
    """The result as a pair of ints, or a failure that says why not."""
    call = f"conv_output_shape{tuple(args)}"
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        fail(f"{call} should return a pair (height, width), got {got!r}")
    for value in got:
        if isinstance(value, (float, np.floating)):
            fail(f"{call} returned {tuple(got)}: the sizes should be ints; use floor "
                 "division // (a window that does not fit is dropped)")
        if not isinstance(value, (int, np.integer)) or isinstance(value, bool):
            fail(f"{call} should return two ints, got {got!r}")
    return tuple(int(v) for v in got)


def diagnose(got, args):
    n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w = args
    pairs = ((n_h, k_h, p_h, s_h), (n_w, k_w, p_w, s_w))
    named = {
        "the padding is counted once: p_h rows are added at the top and again at the "
        "bottom (Gluon's padding is per side; the book's p_h is the total)":
            lambda n, k, p, s: (n - k + p) // s + 1,
        "rounding up: a window that would stick out past the padding is dropped, so "
        "divide with // (floor)": lambda n, k, p, s: -(-(n - k + 2 * p) // s) + 1,
        "the + 1 is missing: a kernel as large as the padded input still gives one "
        "output row": lambda n, k, p, s: (n - k + 2 * p) // s,
        "the stride divides n instead of n - k + 2p: the first window is at offset 0 and "
        "there is one more for every s steps of the remaining n - k + 2p":
            lambda n, k, p, s: (n + 2 * p) // s - k + 1,
    }
    for message, formula in named.items():
        if got == tuple(formula(*pair) for pair in pairs):
            fail(f"conv_output_shape{tuple(args)} gave {got}, nn.Conv2D gives "
                 f"{ref.conv_output_shape(*args)}: {message}")


def check(student, settings):
    for args in settings:
        args = tuple(int(a) for a in args)
        got = as_ints(student.call("conv_output_shape", *args).value, args)
        expected = ref.conv_output_shape(*args)
        if got != expected:
            diagnose(got, args)
        expect(got == expected,
               f"conv_output_shape{args} gave {got}, nn.Conv2D(kernel_size=({args[2]}, "
               f"{args[3]}), padding=({args[4]}, {args[5]}), strides=({args[6]}, {args[7]})) "
               f"on a {args[0]} x {args[1]} input gives {expected}")


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
    check(student, random_settings(rng, 4, padding=False, stride=False))


@pytest.mark.points(0.25)
def test_padding(student, rng):
    """with padding on each side, stride 1."""
    # First a case that tells the usual mistakes apart: (9, 8) right, (7, 7) with the
    # padding counted once, (8, 7) without the + 1.
    check(student, [(9, 8, 5, 3, 2, 1, 1, 1)] + random_settings(rng, 4, padding=True,
                                                                 stride=False))


@pytest.mark.points(0.5)
def test_strides(student, rng):
    """with strides, rounding down, with and without padding."""
    check(student, [(8, 8, 3, 5, 0, 1, 3, 4)] + random_settings(rng, 3, padding=True,
                                                                 stride=True)
          + random_settings(rng, 3, padding=False, stride=True))
