# mistake: none: wraps the update in try/except and warns (warnings.warn) about a non-positive batch size
# exercise: sgd
# status: passed
# message: updates every parameter in place

import warnings


def sgd(params, lr, batch_size):
    if batch_size <= 0:
        warnings.warn(f"batch_size={batch_size!r} is not positive")
    for param in params:
        try:
            step = lr * param.grad / batch_size
        except Exception as e:  # a parameter without attach_grad()
            warnings.warn(f"skipping a parameter: {e}")
            continue
        param[:] = param - step


warnings.warn("sgd defined (this warning is only informative)")
