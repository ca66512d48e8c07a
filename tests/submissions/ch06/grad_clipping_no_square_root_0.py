# mistake: divides by the sum of squares, forgetting the square root
# exercise: grad_clipping
# status: failed
# message: square root

def grad_clipping(params, theta, ctx):
    norm = sum((param.grad ** 2).sum().asscalar() for param in params)
    if norm > theta:
        for param in params:
            param.grad[:] *= theta / norm
