# mistake: assigns params[i] = ..., which would only change the list
# exercise: sgd
# status: error
# message: replaces an entry of the sequence

def sgd(params, states, hyperparams):
    for i, p in enumerate(params):
        params[i] = p - hyperparams['lr'] * p.grad
