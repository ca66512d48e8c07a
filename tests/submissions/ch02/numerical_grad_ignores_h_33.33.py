# mistake: always steps by 1e-5, whatever h is passed
# exercise: numerical_grad
# status: partial
# message: use the argument h

def numerical_grad(f, x, h=1e-5):
    step = 1e-5
    flat = x.reshape((-1,))
    g = nd.zeros(flat.shape, dtype=x.dtype)
    for i in range(flat.size):
        up, down = flat.copy(), flat.copy()
        up[i] += step
        down[i] -= step
        g[i] = (f(up.reshape(x.shape)).asscalar()
                - f(down.reshape(x.shape)).asscalar()) / (2 * step)
    return g.reshape(x.shape)
