# mistake: rebinds the velocity instead of updating it in place
# exercise: sgd_momentum
# status: partial
# message: update them in place

def init_momentum_states():
    v_w = nd.zeros((features.shape[1], 1))
    v_b = nd.zeros(1)
    return (v_w, v_b)


def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        v = hyperparams['momentum'] * v + hyperparams['lr'] * p.grad
        p[:] -= v
