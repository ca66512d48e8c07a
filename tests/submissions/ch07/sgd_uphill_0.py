# mistake: adds the gradient instead of subtracting it
# exercise: sgd
# status: failed
# message: uphill

def sgd(params, states, hyperparams):
    for p in params:
        p[:] += hyperparams['lr'] * p.grad
