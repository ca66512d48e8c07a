# mistake: updates with the in-place operator -=
# exercise: sgd
# status: passed
# message: updates w and b in place

def sgd(params, states, hyperparams):
    for p in params:
        p -= hyperparams['lr'] * p.grad
