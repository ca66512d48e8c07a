# mistake: divides the central difference by h instead of 2 h
# exercise: numerical_grad
# status: failed
# message: twice the gradient

def numerical_grad(f, x, h=1e-5):
    flat = x.reshape((-1,))
    g = nd.zeros(flat.shape, dtype=x.dtype)
    for i in range(flat.size):
        up, down = flat.copy(), flat.copy()
        up[i] += h
        down[i] -= h
        g[i] = (f(up.reshape(x.shape)).asscalar() - f(down.reshape(x.shape)).asscalar()) / h
    return g.reshape(x.shape)
