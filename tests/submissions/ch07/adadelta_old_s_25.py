# mistake: computes the rescaled step g' from the old s, before updating s with this gradient
# exercise: adadelta
# status: partial
# message: computed from the old s

def init_adadelta_states():
    s_w, s_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    delta_w, delta_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    return ((s_w, delta_w), (s_b, delta_b))


def adadelta(params, states, hyperparams):
    rho, eps = hyperparams['rho'], 1e-5
    for p, (s, delta) in zip(params, states):
        g = ((delta + eps).sqrt() / (s + eps).sqrt()) * p.grad
        s[:] = rho * s + (1 - rho) * p.grad.square()
        p[:] -= g
        delta[:] = rho * delta + (1 - rho) * g * g
