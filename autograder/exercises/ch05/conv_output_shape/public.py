"""`conv_output_shape` (§5.2): the public checks and the named mistakes.

The notebook's convention is Gluon's: ``p_h`` rows of padding on each side (the book's
§5.2 counts the padding of both sides together, its p_h being twice ours), windows that do
not fit dropped (floor). Each named mistake is a formula; a result that equals one of them
(and not the right one) is named by it, in the public check and in the grader alike.
"""

import numpy as np

from d2l.registry import Forbidden
from d2l.selfcheck.ch05.corr2d.public import CONVOLUTION

SECTION = "§5.2 填充和步幅"
FORBIDDEN = Forbidden(
    ops=CONVOLUTION, funcs=("mxnet.symbol.symbol.Symbol.infer_shape",
                            "mxnet.symbol.symbol.Symbol.infer_shape_partial"),
    what="a convolution layer or Symbol.infer_shape (work the shape out instead)")


def _ceil_div(a, b):
    return -(-a // b)


#: The named mistakes: (message, the size it gives for one side from n, k, p, s).
FORMULAS = {
    "padding_once": (
        "the padding is counted once: p_h rows are added at the top and again at the "
        "bottom (Gluon's padding is per side; the book's p_h is the total, twice ours)",
        lambda n, k, p, s: (n - k + p) // s + 1),
    "ceil": (
        "rounding up: a window that would stick out past the padding is dropped, so "
        "divide with // (floor)", lambda n, k, p, s: _ceil_div(n - k + 2 * p, s) + 1),
    "round": (
        "rounding to the nearest integer: a window that would stick out past the padding "
        "is dropped, so divide with // (floor)",
        lambda n, k, p, s: round((n - k + 2 * p) / s) + 1),
    "no_plus_one": (
        "the + 1 is missing: a kernel as large as the padded input still gives one "
        "output row", lambda n, k, p, s: (n - k + 2 * p) // s),
    "stride_divides_n": (
        "the stride divides n instead of n - k + 2p: the first window is at offset 0 and "
        "there is one more for every s steps of the remaining n - k + 2p",
        lambda n, k, p, s: (n + 2 * p) // s - k + 1),
    "stride_ignored": (
        "the stride is ignored: the window moves s_h rows (s_w columns) at a time, so "
        "divide n - k + 2p by the stride (with //) before adding 1",
        lambda n, k, p, s: n - k + 2 * p + 1),
    "padding_ignored": (
        "the padding is ignored: p_h rows are added at the top and at the bottom, so the "
        "padded input has n_h + 2 * p_h rows", lambda n, k, p, s: (n - k) // s + 1),
}


def _sides(args):
    n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w = args
    return (n_h, k_h, p_h, s_h), (n_w, k_w, p_w, s_w)


def as_ints(got, args):
    """A message when the result is not a pair of ints."""
    call = f"conv_output_shape{tuple(args)}"
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return f"{call} should return a pair (height, width), got {got!r}"
    for value in got:
        if isinstance(value, (float, np.floating)):
            return (f"{call} returned {tuple(got)}: the sizes should be ints; use floor "
                    "division // (a window that does not fit is dropped)")
        if not isinstance(value, (int, np.integer)) or isinstance(value, bool):
            return f"{call} should return two ints, got {got!r}"
    return None


def named_formula(got, args, expected):
    """The named mistake whose formula gives ``got`` (a pair of ints) for ``args``."""
    if got == tuple(expected):
        return None
    call = f"conv_output_shape{tuple(args)} gave {got}, nn.Conv2D gives {tuple(expected)}"
    h, w = _sides(args)
    if got == (expected[1], expected[0]) and expected[0] != expected[1]:
        return f"{call}: the height and width are swapped, return (height, width)"
    for message, formula in FORMULAS.values():
        if got == (formula(*h), formula(*w)):
            return f"{call}: {message}"
    return None


def problem(got, args, expected):
    """What is wrong with ``got = conv_output_shape(*args)``, whose right value is
    ``expected``; None when it is right."""
    args = tuple(int(a) for a in args)
    expected = tuple(int(v) for v in expected)
    wrong_type = as_ints(got, args)
    if wrong_type:
        return wrong_type
    got = tuple(int(v) for v in got)
    if got == expected:
        return None
    n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w = args
    return named_formula(got, args, expected) or (
        f"conv_output_shape{args} gave {got}, nn.Conv2D(kernel_size=({k_h}, {k_w}), "
        f"padding=({p_h}, {p_w}), strides=({s_h}, {s_w})) on a {n_h} x {n_w} input gives "
        f"{expected}")


# --- the public checks -------------------------------------------------------------------

#: The recorded settings (n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w) of the three public
#: checks; together they tell every named mistake from the right answer and from the
#: others.
SETTINGS = {
    "no_padding": [(7, 9, 3, 2, 0, 0, 1, 1), (28, 28, 5, 5, 0, 0, 1, 1)],
    "padding": [(9, 8, 5, 3, 2, 1, 1, 1), (28, 28, 5, 5, 2, 2, 1, 1)],
    "strides": [(8, 8, 3, 5, 0, 1, 3, 4), (10, 7, 3, 2, 2, 1, 2, 3), (7, 9, 3, 2, 1, 0, 2, 1)],
}


def _settings(group):
    def run(fn, cases):
        for args, expected in zip(cases[f"{group}_settings"], cases[f"{group}_out"]):
            args = tuple(int(a) for a in args)
            found = problem(fn(*args), args, expected)
            if found:
                return found
        return None
    return run


CHECKS = [
    ("without padding or strides the output has n - k + 1 rows", _settings("no_padding")),
    ("with padding on each side, stride 1, matches nn.Conv2D", _settings("padding")),
    ("with strides, rounding down, matches nn.Conv2D", _settings("strides")),
]
