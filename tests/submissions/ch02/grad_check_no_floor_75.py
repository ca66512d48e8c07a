# mistake: divides by |g_a| + |g_n| without the floor: 0 / 0 is NaN
# exercise: grad_check
# status: partial
# message: 0 / 0 is NaN

def grad_check(f, x):
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    g_a, g_n = x.grad, numerical_grad(f, x)
    return (nd.abs(g_a - g_n) / (nd.abs(g_a) + nd.abs(g_n))).max().asscalar()
