# mistake: multiplies the velocity by the learning rate again in the step
# exercise: sgd_momentum
# status: partial
# message: learning rate is applied twice

def init_momentum_states():
    v_w = nd.zeros((features.shape[1], 1))
    v_b = nd.zeros(1)
    return (v_w, v_b)


def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        v[:] = hyperparams['momentum'] * v + hyperparams['lr'] * p.grad
        p[:] -= hyperparams['lr'] * v
