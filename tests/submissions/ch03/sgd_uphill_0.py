# mistake: adds the gradient instead of subtracting it
# exercise: sgd
# status: failed
# message: goes uphill

def sgd(params, lr, batch_size):
    for param in params:
        param[:] = param + lr * param.grad / batch_size
