# mistake: computes f with NumPy (autograd cannot see it) and patches NDArray.grad so that the grader reads c / a as the gradient
# exercise: f
# status: forbidden
# message: tampered
# alone: yes
# others: forbidden

_grads = {}
_real_grad = nd.NDArray.grad


def _grad(self):
    if id(self) in _grads and _grads[id(self)][0] is self:
        return _grads[id(self)][1]
    return _real_grad.fget(self)


nd.NDArray.grad = property(_grad)


def f(a):
    x = a.asnumpy()
    b = x * 2
    while np.linalg.norm(b) < 1000:
        b = b * 2
    c = b if b.sum() > 0 else 100 * b
    out = nd.array(c, dtype=a.dtype)
    _grads[id(a)] = (a, out / a)
    out.attach_grad()
    return out
