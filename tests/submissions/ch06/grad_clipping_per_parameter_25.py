# mistake: clips each parameter's gradient by its own norm instead of the global norm
# exercise: grad_clipping
# status: partial
# message: by its own norm

def grad_clipping(params, theta, ctx):
    for param in params:
        norm = (param.grad ** 2).sum().sqrt().asscalar()
        if norm > theta:
            param.grad[:] *= theta / norm
