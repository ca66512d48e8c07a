# mistake: none: the formula in NumPy on asnumpy() copies
# exercise: grad_check
# status: passed
# message: right gradients

def grad_check(f, x):
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    g_a = x.grad.asnumpy()
    g_n = numerical_grad(f, x).asnumpy()
    return float(np.max(np.abs(g_a - g_n) / np.maximum(1e-8, np.abs(g_a) + np.abs(g_n))))
