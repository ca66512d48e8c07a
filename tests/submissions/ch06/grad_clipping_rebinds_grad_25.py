# mistake: assigns a new array to param.grad instead of writing into it
# exercise: grad_clipping
# status: partial
# message: param.grad[:] = ...

def grad_clipping(params, theta, ctx):
    norm = nd.sqrt(nd.add_n(*[(p.grad ** 2).sum() for p in params])).asscalar()
    if norm > theta:
        for param in params:
            param.grad = param.grad * theta / norm
