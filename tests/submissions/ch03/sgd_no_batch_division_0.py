# mistake: forgets to divide the summed gradient by the batch size
# exercise: sgd
# status: failed
# message: times too large

def sgd(params, lr, batch_size):
    for param in params:
        param[:] = param - lr * param.grad
