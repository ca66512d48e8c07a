# mistake: none: the formula with a Python loop over the elements and NumPy floats
# exercise: grad_check
# status: passed

def grad_check(f, x):
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    ga = x.grad.asnumpy().ravel()
    gn = numerical_grad(f, x).asnumpy().ravel()
    worst = 0.0
    for a, n in zip(ga, gn):
        worst = max(worst, abs(a - n) / max(1e-8, abs(a) + abs(n)))
    return float(worst)
