# mistake: calls MXNet's AdamW update operator (nd.contrib.adamw_update, registered as
# _adamw_update) with no weight decay
# exercise: adam
# status: forbidden
# message: ran: _adamw_update

def init_adam_states():
    v_w, v_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    s_w, s_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    return ((v_w, s_w), (v_b, s_b))


def adam(params, states, hyperparams):
    t = hyperparams['t']
    lr = hyperparams['lr'] * math.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)
    for p, (v, s) in zip(params, states):
        nd.contrib.adamw_update(p, p.grad, v, s, nd.array([1.0]), lr=lr, eta=1.0, wd=0.0,
                                epsilon=1e-6 * math.sqrt(1 - 0.999 ** t), out=p)
    hyperparams['t'] += 1
