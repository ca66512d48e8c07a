# mistake: reads the momentum from hyperparams['gamma'], the symbol of the formula
# exercise: sgd_momentum
# status: partial
# message: 'lr' and 'momentum'

def init_momentum_states():
    v_w = nd.zeros((features.shape[1], 1))
    v_b = nd.zeros(1)
    return (v_w, v_b)


def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        v[:] = hyperparams['gamma'] * v + hyperparams['lr'] * p.grad
        p[:] -= v
