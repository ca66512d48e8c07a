# mistake: rescales the gradients to norm theta even when their norm is already smaller
# exercise: grad_clipping
# status: partial
# message: only clip when norm > theta

def grad_clipping(params, theta, ctx):
    norm = nd.array([0], ctx)
    for param in params:
        norm += (param.grad ** 2).sum()
    norm = norm.sqrt().asscalar()
    for param in params:
        param.grad[:] *= theta / norm
