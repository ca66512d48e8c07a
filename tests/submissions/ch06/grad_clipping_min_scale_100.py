# mistake: none: multiplies by min(1, theta / norm) unconditionally, with the norm from NumPy
# exercise: grad_clipping
# status: passed
# message: scales all gradients together

def grad_clipping(params, theta, ctx):
    norm = math.sqrt(sum(float((p.grad.asnumpy().astype('float64') ** 2).sum()) for p in params))
    scale = min(1.0, theta / norm)
    for param in params:
        param.grad[:] = param.grad * scale
