# mistake: calls MXNet's fused rmsprop_update operator
# exercise: rmsprop
# status: forbidden
# message: ran: rmsprop_update

def init_rmsprop_states():
    s_w = nd.zeros((features.shape[1], 1))
    s_b = nd.zeros(1)
    return (s_w, s_b)


def rmsprop(params, states, hyperparams):
    for p, s in zip(params, states):
        nd.rmsprop_update(p, p.grad, s, out=p, lr=hyperparams['lr'],
                          gamma1=hyperparams['gamma'], epsilon=1e-6)
