# mistake: weighs the old state by 1 - gamma and the new square by gamma
# exercise: rmsprop
# status: partial
# message: swapped

def init_rmsprop_states():
    s_w = nd.zeros((features.shape[1], 1))
    s_b = nd.zeros(1)
    return (s_w, s_b)


def rmsprop(params, states, hyperparams):
    gamma, eps = hyperparams['gamma'], 1e-6
    for p, s in zip(params, states):
        s[:] = (1 - gamma) * s + gamma * p.grad.square()
        p[:] -= hyperparams['lr'] * p.grad / (s + eps).sqrt()
