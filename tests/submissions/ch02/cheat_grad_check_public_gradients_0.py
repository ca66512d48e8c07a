# mistake: a cheat: the grader's gradients and relative_error from the public module
# exercise: grad_check
# status: forbidden
# message: public.

from d2l.selfcheck.ch02.grad_check.public import gradients as _g, relative_error as _r


def grad_check(f, x):
    return _r(*_g(f, x.asnumpy()))
