"""`sgd` (§3.2): what the student sees, the public check and the named mistakes."""

import numpy as np

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden, optimizer_funcs, trainer_funcs, update_ops

SECTION = "§3.2 线性回归的从零开始实现"
FORBIDDEN = Forbidden(ops=update_ops(), funcs=("d2l.sgd", *optimizer_funcs(), *trainer_funcs()),
                      what="a Gluon Trainer, mx.optimizer, an optimizer update operator or "
                           "d2l.sgd")

# param - lr * grad / batch_size rounds a few times in float32: a few eps of |param|, in
# whatever order it is computed; the named mistakes change the step by factors.
RTOL, ATOL = 1e-5, 1e-6


def wrong_step(before, after, expected, batch_size):
    """What is wrong with the parameters ``after`` one step (lists of arrays, ``before``
    the step and as ``expected``), or None. The checks' gradients are never near 0, so
    every parameter must move."""
    arrays = [as_array(a) for a in after]
    moved = [arr is not None and arr.shape == b.shape and not np.array_equal(arr, b)
             for arr, b in zip(arrays, before)]
    if any(moved) and not all(moved):
        return (f"parameter {moved.index(False)} did not change although parameter "
                f"{moved.index(True)} did: update every parameter in params (is there a "
                "return or break inside the loop?)")
    if not any(moved) and all(arr is not None and arr.shape == b.shape
                              for arr, b in zip(arrays, before)):
        return ("the parameters did not change: update them in place with "
                "param[:] = param - ... (param = ... only rebinds a local name)")
    for k, (arr, want, b) in enumerate(zip(arrays, expected, before)):
        name = f"parameter {k} after the update"
        if arr is None or arr.shape != b.shape:
            return mismatch(after[k], want, RTOL, ATOL, name=name)
        delta, step = arr.astype("float64") - b, want.astype("float64") - b
        if np.allclose(delta, step * batch_size, rtol=1e-3):
            return (f"the step is batch_size ({batch_size}) times too large: divide the "
                    "gradient by batch_size")
        if np.allclose(delta, -step, rtol=1e-3):
            return "the step goes uphill: subtract lr * grad / batch_size"
        problem = mismatch(arr, want, RTOL, ATOL, name=name)
        if problem:
            return problem
    return None


def _step(fn, cases):
    from mxnet import nd

    before = [cases["param0"], cases["param1"]]
    params = []
    for p, g in zip(before, [cases["grad0"], cases["grad1"]]):
        param = nd.array(p)
        param.attach_grad()
        param.grad[:] = nd.array(g)
        params.append(param)
    fn(params, 0.1, 4)
    return wrong_step(before, [p.asnumpy() for p in params], [cases["out0"], cases["out1"]], 4)


CHECKS = [("updates every parameter in place like gluon.Trainer('sgd')", _step)]
