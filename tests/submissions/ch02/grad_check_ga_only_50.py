# mistake: divides by |g_a| only
# exercise: grad_check
# status: partial
# message: divides by |g_a| only

def grad_check(f, x):
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    g_a, g_n = x.grad, numerical_grad(f, x)
    return (nd.abs(g_a - g_n) / nd.maximum(nd.abs(g_a), 1e-8)).max().asscalar()
