# mistake: uses its own step 1e-4 whatever h says
# exercise: numerical_grad
# status: partial
# message: use the argument h

def numerical_grad(f, x, h=1e-5):
    h = 1e-4
    flat = x.reshape((-1,))
    g = nd.zeros(flat.shape, dtype=x.dtype)
    for i in range(flat.size):
        up, down = flat.copy(), flat.copy()
        up[i] += h
        down[i] -= h
        g[i] = (f(up.reshape(x.shape)).asscalar()
                - f(down.reshape(x.shape)).asscalar()) / (2 * h)
    return g.reshape(x.shape)
