# mistake: none: differentiates a copy of x; a per-element Python loop for the formula
# exercise: grad_check
# status: passed
# message: right gradients

def grad_check(f, x):
    xc = x.copy()
    xc.attach_grad()
    with autograd.record():
        y = f(xc)
    y.backward()
    g_a = xc.grad.reshape((-1,)).asnumpy().tolist()
    g_n = numerical_grad(f, x).reshape((-1,)).asnumpy().tolist()
    worst = 0.0
    for a, n in zip(g_a, g_n):
        worst = max(worst, abs(a - n) / max(1e-8, abs(a) + abs(n)))
    return worst
