"""`grad_of_f(a)` (§2.3, the book's exercise): the gradient of the notebook's ``f`` at ``a``
through autograd (attach_grad, record, backward), for scalars, vectors and matrices; the
public check and the named mistakes. The checks run it with the grader's copy of the
book's f (so a mistake in `f` costs points only there) and with another function named f,
``cube`` (a ** 3), whose gradient is not c / a."""

import numpy as np
from mxnet import nd

from d2l.compare import as_array, mismatch
from d2l.selfcheck import notebook_globals

SECTION = "§2.3 自动求梯度"
STAND_INS = {"f": "f"}
HELPERS = ("cube",)
HINTS = [("not in a computational graph",
          "autograd has nothing recorded for a: call a.attach_grad() first, then compute "
          "c = f(a) inside `with autograd.record():`, then c.backward() after the with block")]


def cube(a):
    """Another f for the checks: a ** 3, whose gradient is 3 a ** 2."""
    return a ** 3


def diagnose(got, a, c, want):
    """A named mistake in ``got`` = grad_of_f(a) (``c`` = f(a), ``want`` the gradient)."""
    arr = as_array(got)
    if arr is None:
        if got is None:
            return ("grad_of_f returned None: return a.grad (after c.backward(), the gradient "
                    "is stored in a.grad)")
        return None
    a, c, want = (np.asarray(v, "float64") for v in (a, c, want))
    if arr.shape != a.shape:
        return None
    arr = arr.astype("float64")
    if np.allclose(arr, want, rtol=1e-5, atol=1e-6):
        return None
    if np.allclose(arr, c / a, rtol=1e-5, atol=1e-6):
        return (f"grad_of_f returned {arr.reshape(-1)[0]:.4g} for the first element, expected "
                f"{want.reshape(-1)[0]:.4g}: it returned c / a, which equals the gradient of "
                "the book's f only. Ask autograd for the gradient of whatever f is: "
                "a.attach_grad(), with autograd.record(): c = f(a), then c.backward() and "
                "return a.grad")
    if np.allclose(arr, a, rtol=1e-6):
        return "grad_of_f returned a itself: return a.grad, the gradient autograd stored"
    if np.allclose(arr, c, rtol=1e-6):
        return "grad_of_f returned c = f(a): return a.grad, the gradient autograd stored"
    flat = arr.reshape(-1)
    if a.size > 1 and np.allclose(flat[1:], 0) and np.isclose(flat[0], want.reshape(-1)[0]):
        return ("only the first element got a gradient: call c.backward() on the whole c "
                "(for a c with several elements MXNet differentiates their sum)")
    return None


def _run(fn, a, name):
    from mxnet import autograd

    a_nd = nd.array(a)
    got = fn(a_nd)
    x = nd.array(a)
    x.attach_grad()
    with autograd.record():
        c = fn.__globals__["f"](x)
    c.backward()
    return (diagnose(got, a, c.asnumpy(), x.grad.asnumpy())
            or mismatch(got, x.grad.asnumpy(), 1e-5, 1e-6, name=name))


def _scalar(fn, cases):
    return _run(fn, cases["a0"], f"grad_of_f(nd.array({cases['a0'].tolist()}))")


def _matrix(fn, cases):
    return _run(fn, cases["a1"], f"grad_of_f of a recorded {cases['a1'].shape} matrix")


def _cube(fn, cases):
    with notebook_globals(fn, f=cube):
        return _run(fn, cases["a2"], "grad_of_f with f(a) = a ** 3 (the gradient is 3 a ** 2)")


CHECKS = [
    ("a scalar: a.grad == c / a", _scalar),
    ("a matrix (the book's exercise): still c / a, elementwise", _matrix),
    ("with another f, f(a) = a ** 3, it gives 3 a ** 2: the gradient comes from autograd",
     _cube),
]
