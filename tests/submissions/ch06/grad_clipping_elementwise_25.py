# mistake: clips every entry to [-theta, theta] instead of rescaling by the global norm
# exercise: grad_clipping
# status: partial
# message: one by one

def grad_clipping(params, theta, ctx):
    for param in params:
        param.grad[:] = nd.clip(param.grad, -theta, theta)
