# mistake: lets mx.optimizer.AdaGrad (plain operators, no fused op) do the update
# exercise: adagrad
# status: forbidden
# message: AdaGrad.update

import mxnet as mx


def init_adagrad_states():
    s_w = nd.zeros((features.shape[1], 1))
    s_b = nd.zeros(1)
    return (s_w, s_b)


def adagrad(params, states, hyperparams):
    opt = mx.optimizer.AdaGrad(learning_rate=hyperparams['lr'], eps=1e-6)
    for i, (p, s) in enumerate(zip(params, states)):
        opt.update(i, p, p.grad, s)
