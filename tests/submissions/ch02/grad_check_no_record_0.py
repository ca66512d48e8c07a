# mistake: differentiates without autograd.record()
# exercise: grad_check
# status: error
# message: autograd.record()

def grad_check(f, x):
    x.attach_grad()
    y = f(x)
    y.backward()
    g_a, g_n = x.grad, numerical_grad(f, x)
    return (nd.abs(g_a - g_n) / nd.maximum(nd.abs(g_a) + nd.abs(g_n), 1e-8)).max().asscalar()
