# mistake: mx.optimizer.Test adds rescale_grad * grad with plain operators: a negative rescale
# is the SGD step (no update operator runs)
# exercise: sgd
# status: forbidden
# message: mxnet.optimizer.optimizer.Test.update

import mxnet as mx


def sgd(params, lr, batch_size):
    opt = mx.optimizer.Test(rescale_grad=-lr / batch_size)
    for param in params:
        opt.update(0, param, param.grad, opt.create_state(0, param))
