# mistake: unpacks params into exactly w and b
# exercise: sgd
# status: partial
# message: too many values to unpack

def sgd(params, states, hyperparams):
    w, b = params
    w[:] -= hyperparams['lr'] * w.grad
    b[:] -= hyperparams['lr'] * b.grad
