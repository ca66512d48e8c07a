# mistake: returns from inside the loop, so only the first parameter is updated
# exercise: sgd
# status: failed
# message: update every parameter

def sgd(params, lr, batch_size):
    for param in params:
        param[:] = param - lr * param.grad / batch_size
        return
