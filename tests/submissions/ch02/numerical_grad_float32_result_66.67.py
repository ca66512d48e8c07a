# mistake: collects the result in nd.zeros(x.shape): float32
# exercise: numerical_grad
# status: partial
# message: dtype=x.dtype

def numerical_grad(f, x, h=1e-5):
    flat = x.reshape((-1,))
    g = nd.zeros(flat.shape)
    for i in range(flat.size):
        up, down = flat.copy(), flat.copy()
        up[i] += h
        down[i] -= h
        g[i] = (f(up.reshape(x.shape)).asscalar()
                - f(down.reshape(x.shape)).asscalar()) / (2 * h)
    return g.reshape(x.shape)
