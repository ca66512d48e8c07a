# mistake: a while loop over the parameters that never advances its index
# exercise: sgd
# status: timeout
# message: endless loop

def sgd(params, lr, batch_size):
    i = 0
    while i < len(params):
        param = params[i]
        param[:] = param - lr * param.grad / batch_size
