# mistake: none: gc.disable() / gc.enable() around the loops (in try/finally) and the rescaling under autograd.pause()
# exercise: grad_clipping
# status: passed
# message: scales all gradients together
# alone: yes

import gc


def grad_clipping(params, theta, ctx):
    gc.disable()
    try:
        with autograd.pause():
            norm = nd.array([0], ctx)
            for param in params:
                norm += (param.grad ** 2).sum()
            norm = norm.sqrt().asscalar()
            if norm > theta:
                for param in params:
                    param.grad[:] *= theta / norm
    finally:
        gc.enable()
