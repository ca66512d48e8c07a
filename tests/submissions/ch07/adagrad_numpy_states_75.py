# mistake: makes the states with NumPy instead of MXNet
# exercise: adagrad
# status: partial
# message: should be an NDArray

def init_adagrad_states():
    s_w = np.zeros((features.shape[1], 1))
    s_b = np.zeros(1)
    return (s_w, s_b)


def adagrad(params, states, hyperparams):
    eps = 1e-6
    for p, s in zip(params, states):
        s[:] += p.grad.square()
        p[:] -= hyperparams['lr'] * p.grad / (s + eps).sqrt()
