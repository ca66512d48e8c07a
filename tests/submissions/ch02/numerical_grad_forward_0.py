# mistake: forward differences (f(x + h e_i) - f(x)) / h
# exercise: numerical_grad
# status: failed
# message: forward differences

def numerical_grad(f, x, h=1e-5):
    flat = x.reshape((-1,))
    g = nd.zeros(flat.shape, dtype=x.dtype)
    fx = f(x).asscalar()
    for i in range(flat.size):
        up = flat.copy()
        up[i] += h
        g[i] = (f(up.reshape(x.shape)).asscalar() - fx) / h
    return g.reshape(x.shape)
