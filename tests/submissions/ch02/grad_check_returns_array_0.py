# mistake: returns the elementwise errors, not their maximum
# exercise: grad_check
# status: failed
# message: return one number

def grad_check(f, x):
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    g_a, g_n = x.grad, numerical_grad(f, x)
    return nd.abs(g_a - g_n) / nd.maximum(nd.abs(g_a) + nd.abs(g_n), 1e-8)
