# mistake: calls MXNet's fused adam_update with the bias corrections folded into lr
# exercise: adam
# status: forbidden
# message: ran: adam_update

def init_adam_states():
    v_w, v_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    s_w, s_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    return ((v_w, s_w), (v_b, s_b))


def adam(params, states, hyperparams):
    t = hyperparams['t']
    lr = hyperparams['lr'] * math.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)
    for p, (v, s) in zip(params, states):
        nd.adam_update(p, p.grad, v, s, out=p, lr=lr, epsilon=1e-6 * math.sqrt(1 - 0.999 ** t))
    hyperparams['t'] += 1
