# mistake: moves every element at once (x + h)
# exercise: numerical_grad
# status: failed
# message: Move one element at a time

def numerical_grad(f, x, h=1e-5):
    d = (f(x + h).asscalar() - f(x - h).asscalar()) / (2 * h)
    return nd.ones_like(x) * d
