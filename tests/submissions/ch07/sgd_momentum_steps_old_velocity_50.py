# mistake: steps with the old velocity (p -= v before v is updated); the velocities are right
# exercise: sgd_momentum
# status: partial
# message: steps with the old velocity

def init_momentum_states():
    v_w = nd.zeros((features.shape[1], 1))
    v_b = nd.zeros(1)
    return (v_w, v_b)


def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        p[:] -= v
        v[:] = hyperparams['momentum'] * v + hyperparams['lr'] * p.grad
