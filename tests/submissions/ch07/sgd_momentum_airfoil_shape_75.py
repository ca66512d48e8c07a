# mistake: hard-codes the airfoil data's 5 inputs in the state's shape
# exercise: sgd_momentum
# status: partial
# message: features.shape[1]

def init_momentum_states():
    return (nd.zeros((5, 1)), nd.zeros(1))


def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        v[:] = hyperparams['momentum'] * v + hyperparams['lr'] * p.grad
        p[:] -= v
