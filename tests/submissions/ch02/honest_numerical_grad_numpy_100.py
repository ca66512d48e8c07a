# mistake: none: NumPy copies perturbed one entry at a time (np.ndindex), back in x's dtype
# exercise: numerical_grad
# status: passed
# message: central differences

def numerical_grad(f, x, h=1e-5):
    base = x.asnumpy()
    g = np.zeros_like(base)
    for idx in np.ndindex(*base.shape):
        up, down = base.copy(), base.copy()
        up[idx] += h
        down[idx] -= h
        g[idx] = (f(nd.array(up, dtype=x.dtype)).asscalar()
                  - f(nd.array(down, dtype=x.dtype)).asscalar()) / (2 * h)
    return nd.array(g, dtype=x.dtype)
