# mistake: rebinds the loop variable instead of updating the parameter in place
# exercise: sgd
# status: failed
# message: only rebinds a local name

def sgd(params, states, hyperparams):
    for p in params:
        p = p - hyperparams['lr'] * p.grad
