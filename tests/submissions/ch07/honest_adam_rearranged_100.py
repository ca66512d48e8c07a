# mistake: none: the book's Adam written another way in float32 (v += (1 - beta1) * (g - v), s_hat's root from s's, the steps gathered before one update), whose rounding differs from MXNet's
# exercise: adam
# status: passed
# message: matches MXNet's Adam

def init_adam_states():
    v_w, v_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    s_w, s_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    return ((v_w, s_w), (v_b, s_b))


def adam(params, states, hyperparams):
    beta1, beta2, eps = 0.9, 0.999, 1e-6
    t = hyperparams['t']
    steps = []
    for p, (v, s) in zip(params, states):
        g = p.grad
        v[:] += (1 - beta1) * (g - v)
        s[:] += (1 - beta2) * (g * g - s)
        root = s.sqrt() / math.sqrt(1 - beta2 ** t)
        steps.append(hyperparams['lr'] / (1 - beta1 ** t) * v / (root + eps))
    for p, step in zip(params, steps):
        p[:] = p - step
    hyperparams['t'] = t + 1
