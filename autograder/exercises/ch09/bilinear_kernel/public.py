"""`bilinear_kernel(in_channels, out_channels, kernel_size)` (§9.10): the book's bilinear
upsampling kernel; what the student sees, the public checks and the named mistakes.

``factor = (k + 1) // 2``, ``center = factor - 1`` for odd k and ``factor - 0.5`` for even
k (both are (k - 1) / 2), ``filt[a, b] = (1 - |a - center| / factor) * (1 - |b - center| /
factor)``; the weight, float32 of shape (in, out, k, k), holds ``filt`` in the diagonal
channel pairs ``weight[i, i]`` and zeros elsewhere. ``init.Bilinear`` differs twice: it
fills every channel pair (i, j), and its centre is off by half a pixel when k mod 4 is 2 or
3 (k = 2, 3, 6, 7, ...); for k mod 4 in {0, 1} (4, 5, 8, ..., the FCN's 64) its filter is
the book's."""

import numpy as np

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§9.10 全卷积网络（FCN）"
FORBIDDEN = Forbidden(funcs=("mxnet.initializer.Bilinear._init_weight",),
                      what="init.Bilinear")
HINTS = [("shape mismatch", "weight[range(in_channels), range(out_channels), :, :] = filt "
                            "needs in_channels == out_channels, as in the book")]


def book_filter(k):
    """The book's filter for kernel size k (float64)."""
    factor = (k + 1) // 2
    center = factor - 1 if k % 2 == 1 else factor - 0.5
    og = np.ogrid[:k, :k]
    return (1 - abs(og[0] - center) / factor) * (1 - abs(og[1] - center) / factor)


def mxnet_filter(k):
    """init.Bilinear's filter for kernel size k (its formula, float64)."""
    f = np.ceil(k / 2.0)
    c = (2 * f - 1 - f % 2) / (2.0 * f)
    x = np.arange(k)
    row = 1 - abs(x / f - c)
    return row[:, None] * row[None, :]


def _wrong_filters(k):
    """Filters of the usual slips, with what to say."""
    factor = (k + 1) // 2
    og = np.ogrid[:k, :k]

    def filt(factor, center):
        return (1 - abs(og[0] - center) / factor) * (1 - abs(og[1] - center) / factor)

    out = []
    if k % 2 == 0:
        out.append((filt(factor, factor - 1), "the filter is off-centre: for an even kernel "
                                              "size the book's centre is factor - 0.5, not "
                                              "factor - 1"))
        out.append((filt(factor, k / 2), "the filter is off-centre: for an even kernel size "
                                         "the centre is factor - 0.5 = (k - 1) / 2, not k / 2"))
    else:
        out.append((filt(factor, factor - 0.5), "the filter is off-centre: for an odd kernel "
                                                "size the book's centre is factor - 1"))
    for wrong, how in [(k // 2, "k // 2"), (k / 2, "k / 2"), (k, "k")]:
        if wrong and wrong != factor:
            out.append((filt(wrong, (k - 1) / 2),
                        f"the filter's factor is {how}: the book's is (k + 1) // 2"))
    return out


def diagnose_filter(got, k):
    """The filter in weight[0, 0] against the usual slips."""
    arr = as_array(got)
    if arr is None or arr.ndim != 4 or arr.shape[2:] != (k, k) or not arr.shape[0]:
        return None
    filt = np.asarray(arr[0, 0], "float64")
    if np.allclose(filt, book_filter(k), atol=1e-6):
        return None
    also = ""
    if np.allclose(filt, mxnet_filter(k), atol=1e-6):
        also = (f"the filter is init.Bilinear's, whose centre is off by half a pixel for kernel "
                f"size {k} (k mod 4 = 2 or 3): the book's centre is factor - 1 for odd sizes "
                "and factor - 0.5 for even ones, (k - 1) / 2")
    for wrong, message in _wrong_filters(k):
        if np.allclose(filt, wrong, atol=1e-6):
            return f"{message} ({also})" if also else message
    return also or None


def diagnose_channels(got, c, k):
    """weight[i, j] for i != j should be 0, every weight[i, i] the same filter."""
    arr = as_array(got)
    if arr is None or arr.shape != (c, c, k, k):
        return None
    arr = np.asarray(arr, "float64")
    off = ~np.eye(c, dtype=bool)
    if not np.abs(arr[0, 0]).max() > 0:
        return "weight[0, 0] is all zeros: the diagonal channel pairs hold the filter"
    if c > 1 and np.abs(arr[off]).max() > 0:
        if np.allclose(arr, arr[0, 0]):
            return ("every channel pair (i, j) holds the filter: that is what init.Bilinear "
                    "does, and it costs points here; the book fills only the diagonal pairs, "
                    "weight[range(in_channels), range(out_channels), :, :] = filt, so that "
                    "output channel i upsamples input channel i alone")
        return ("weight[i, j] with i != j should be zero: the book puts the filter into the "
                "diagonal channel pairs only")
    for i in range(c):
        if not np.allclose(arr[i, i], arr[0, 0], atol=1e-6):
            return (f"weight[{i}, {i}] differs from weight[0, 0]: every diagonal pair holds "
                    "the same filter")
    return None


def expected(c, k):
    weight = np.zeros((c, c, k, k), "float32")
    weight[range(c), range(c)] = book_filter(k)
    return weight


def check_shape(got, c, k):
    arr = as_array(got)
    if arr is None or not hasattr(got, "asnumpy") and type(got).__name__ != "NDArrayValue":
        return (f"bilinear_kernel should return an NDArray (nd.array(weight)), got "
                f"{type(got).__name__}")
    if arr.shape != (c, c, k, k):
        return (f"bilinear_kernel({c}, {c}, {k}) has shape {arr.shape}, expected "
                f"(in_channels, out_channels, kernel_size, kernel_size) = {(c, c, k, k)}")
    if arr.dtype != np.float32:
        return f"the weight has dtype {arr.dtype}, expected float32"
    return None


def _filters(fn, cases):
    for k in (3, 4):
        got = fn(1, 1, k)
        problem = (check_shape(got, 1, k) or diagnose_filter(got, k)
                   or mismatch(got, cases[f"w{k}"], 1e-6, 1e-6,
                               name=f"bilinear_kernel(1, 1, {k})"))
        if problem:
            return problem
    return None


def _channels(fn, cases):
    got = fn(3, 3, 4)
    return (check_shape(got, 3, 4) or diagnose_channels(got, 3, 4) or diagnose_filter(got, 4)
            or mismatch(got, cases["w3x3x4"], 1e-6, 1e-6, name="bilinear_kernel(3, 3, 4)"))


CHECKS = [
    ("the book's filters for kernel sizes 3 and 4 (one channel)", _filters),
    ("three channels: the filter in the diagonal channel pairs only", _channels),
]
