"""Chapter 3 (深度学习基础): ``from d2l.selfcheck.ch03 import check`` in its notebook.

Also what the chapter's public checks share: :func:`gradients`, autograd run in the
student's kernel with the same words for a result autograd cannot differentiate as the
grader's sandbox uses.
"""

from d2l.selfcheck import checker

check = checker("ch03")

NOT_AN_NDARRAY = ("the result is not an NDArray (nor holds one), so no gradient can flow "
                  "through it")
NOT_CONNECTED = ("autograd could not differentiate the result; it is not connected to the "
                 "inputs (was it computed outside autograd, e.g. through NumPy or .asnumpy()?)")


def gradients(fn, args, wrt, head=None, train_mode=False):
    """Call ``fn(*args)`` under ``autograd.record()`` and back-propagate ``head`` (ones by
    default). ``args`` are NumPy arrays (sent as NDArrays) or other values passed as they
    are; ``wrt`` the indices of the arrays to differentiate. Returns ``(grads, None)`` with
    the gradients as NumPy arrays, or ``(None, message)`` when autograd cannot
    differentiate the result."""
    import numpy as np
    from mxnet import autograd, nd

    values = [nd.array(a, dtype=a.dtype) if isinstance(a, np.ndarray) else a for a in args]
    for k in wrt:
        values[k].attach_grad()
    with autograd.record(train_mode=train_mode):
        out = fn(*values)
    if not isinstance(out, nd.NDArray):
        return None, NOT_AN_NDARRAY
    try:
        out.backward(nd.array(head) if head is not None else None)
        grads = [values[k].grad.asnumpy() for k in wrt]
    except Exception as exc:  # noqa: BLE001 - MXNetError: the result has no graph
        return None, f"{NOT_CONNECTED}: {str(exc).strip().splitlines()[0][:200]}"
    return grads, None
