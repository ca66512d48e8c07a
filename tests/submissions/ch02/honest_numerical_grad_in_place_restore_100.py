# mistake: none: perturbs x itself through a flat view and puts each element back
# exercise: numerical_grad
# status: passed
# message: central differences

def numerical_grad(f, x, h=1e-5):
    flat = x.reshape((-1,))       # shares x's memory
    g = nd.zeros(flat.shape, dtype=x.dtype)
    for i in range(flat.size):
        old = flat[i].copy()
        flat[i] = old + h
        up = f(x).asscalar()
        flat[i] = old - h
        down = f(x).asscalar()
        flat[i] = old
        g[i] = (up - down) / (2 * h)
    return g.reshape(x.shape)
