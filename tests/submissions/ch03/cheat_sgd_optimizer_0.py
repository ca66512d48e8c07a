# mistake: uses mx.optimizer.SGD's update method
# exercise: sgd
# status: forbidden
# message: calls the built-in

import mxnet as mx


def sgd(params, lr, batch_size):
    opt = mx.optimizer.SGD(learning_rate=lr, rescale_grad=1.0 / batch_size)
    for k, param in enumerate(params):
        opt.update(k, param, param.grad, opt.create_state(k, param))
