# mistake: returns the absolute error max |g_a - g_n|
# exercise: grad_check
# status: partial
# message: absolute error

def grad_check(f, x):
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    return nd.abs(x.grad - numerical_grad(f, x)).max().asscalar()
