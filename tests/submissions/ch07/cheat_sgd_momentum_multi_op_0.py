# mistake: calls MXNet's multi-tensor momentum update operator
# exercise: sgd_momentum
# status: forbidden
# message: ran: multi_sgd_mom_update

def init_momentum_states():
    v_w = nd.zeros((features.shape[1], 1))
    v_b = nd.zeros(1)
    return (v_w, v_b)


def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        nd.multi_sgd_mom_update(p, p.grad, v, lrs=(hyperparams['lr'],), wds=(0.0,),
                                momentum=hyperparams['momentum'], num_weights=1, out=p)
