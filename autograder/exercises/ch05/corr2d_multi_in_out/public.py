"""`corr2d_multi_in_out` (§5.3): the public checks and the named mistakes."""

from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch05.corr2d.public import CONVOLUTION, CONVOLUTION_WHAT, corr_tol, gradients

SECTION = "§5.3 多输入通道和多输出通道"
# The grader checks this exercise with its own correct versions of these (notebook name:
# exercise), so a mistake there costs points only once; so does the public check.
STAND_INS = {"corr2d": "corr2d", "corr2d_multi_in": "corr2d_multi_in"}
# Checked with the grader's corr2d and corr2d_multi_in, which run d2l.corr2d: allowed here.
FORBIDDEN = Forbidden(ops=CONVOLUTION, what=CONVOLUTION_WHAT)


def diagnose(got, expected_shape):
    """Name a mistake from the result's shape (the right one: (c_o, h', w'))."""
    arr = as_array(got)
    if arr is None or arr.shape == tuple(expected_shape):
        return None
    c_o, h, w = expected_shape
    if arr.shape == (c_o * h, w):
        return (f"the result has shape {arr.shape}: nd.concat joins the maps along their "
                f"existing first axis; nd.stack puts them along a new axis, shape "
                f"{tuple(expected_shape)}")
    if arr.shape == (h, w):
        return (f"the result has shape {arr.shape}, one map: there should be one map per "
                f"output channel, stacked into shape {tuple(expected_shape)} (do not add "
                "them up)")
    return None


def _nd(x):
    return nd.array(x, dtype=x.dtype)


def _forward(fn, cases):
    X, K = cases["X"], cases["K"]
    got = fn(_nd(X), _nd(K))
    return (diagnose(got, cases["out"].shape)
            or mismatch(got, cases["out"], *corr_tol(X, K),
                        name=f"corr2d_multi_in_out of a {X.shape} input with {K.shape} "
                             "kernels"))


def _gradient(fn, cases):
    return gradients(fn, [cases["X"], cases["K"]], cases["head"],
                     [cases["grad_X"], cases["grad_K"]], ["X", "K"])


CHECKS = [
    ("gives one output channel per kernel K[j], like nd.Convolution (recorded input)",
     _forward),
    ("autograd can differentiate it (recorded gradients)", _gradient),
]
