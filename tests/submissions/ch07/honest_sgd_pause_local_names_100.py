# mistake: none: updates under autograd.pause() (an update is no part of the graph); local names trace, watch and child
# exercise: sgd
# status: passed
# message: updates every parameter in params

def sgd(params, states, hyperparams):
    trace = []
    with autograd.pause():
        for child in params:
            watch = hyperparams['lr'] * child.grad
            child[:] -= watch
            trace.append(child.shape)
    return None
