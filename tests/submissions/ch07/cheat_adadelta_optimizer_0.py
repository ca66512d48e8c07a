# mistake: lets mx.optimizer.AdaDelta (plain operators, no fused op) do the update
# exercise: adadelta
# status: forbidden
# message: AdaDelta.update

import mxnet as mx


def init_adadelta_states():
    s_w, s_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    delta_w, delta_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    return ((s_w, delta_w), (s_b, delta_b))


def adadelta(params, states, hyperparams):
    opt = mx.optimizer.AdaDelta(rho=hyperparams['rho'], epsilon=1e-5)
    for i, (p, state) in enumerate(zip(params, states)):
        opt.update(i, p, p.grad, state)
