# mistake: rescales the parameters themselves instead of their gradients
# exercise: grad_clipping
# status: partial
# message: the parameters themselves changed

def grad_clipping(params, theta, ctx):
    norm = nd.array([0], ctx)
    for param in params:
        norm += (param.grad ** 2).sum()
    norm = norm.sqrt().asscalar()
    if norm > theta:
        for param in params:
            param[:] *= theta / norm
