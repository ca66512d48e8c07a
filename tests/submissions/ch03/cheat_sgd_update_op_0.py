# mistake: calls MXNet's fused sgd_update operator
# exercise: sgd
# status: forbidden
# message: optimizer update operator

def sgd(params, lr, batch_size):
    for param in params:
        nd.sgd_update(param, param.grad, lr=lr, rescale_grad=1.0 / batch_size, out=param)
