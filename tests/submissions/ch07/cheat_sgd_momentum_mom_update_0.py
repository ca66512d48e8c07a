# mistake: calls MXNet's fused sgd_mom_update on the negated velocity
# exercise: sgd_momentum
# status: forbidden
# message: ran: sgd_mom_update

def init_momentum_states():
    v_w = nd.zeros((features.shape[1], 1))
    v_b = nd.zeros(1)
    return (v_w, v_b)


def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        mom = -v
        nd.sgd_mom_update(p, p.grad, mom, out=p, lr=hyperparams['lr'],
                          momentum=hyperparams['momentum'])
        v[:] = -mom
