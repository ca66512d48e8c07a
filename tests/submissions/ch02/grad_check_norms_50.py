# mistake: relative error of the whole vectors (norms)
# exercise: grad_check
# status: partial
# message: norms

def grad_check(f, x):
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    g_a, g_n = x.grad, numerical_grad(f, x)
    return ((g_a - g_n).norm() / (g_a.norm() + g_n.norm())).asscalar()
