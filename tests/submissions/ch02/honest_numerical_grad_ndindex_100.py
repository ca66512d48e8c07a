# mistake: none: perturbs a float64 NumPy copy one element at a time (np.ndindex), back to NDArrays of x's dtype
# exercise: numerical_grad
# status: passed

def numerical_grad(f, x, h=1e-5):
    g = np.zeros(x.shape, dtype=np.float64)
    base = x.asnumpy().astype(np.float64)
    for idx in np.ndindex(*x.shape):
        up, down = base.copy(), base.copy()
        up[idx] += h
        down[idx] -= h
        g[idx] = (f(nd.array(up, dtype=x.dtype)).asscalar()
                  - f(nd.array(down, dtype=x.dtype)).asscalar()) / (2 * h)
    return nd.array(g, dtype=x.dtype)
