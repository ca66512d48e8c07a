# mistake: sums the elementwise relative errors instead of taking their maximum
# exercise: grad_check
# status: partial
# message: the sum of the elementwise relative errors

def grad_check(f, x):
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    g_a = x.grad.copy()
    g_n = numerical_grad(f, x)
    rel = nd.abs(g_a - g_n) / nd.maximum(nd.abs(g_a) + nd.abs(g_n), 1e-8)
    return rel.sum().asscalar()
