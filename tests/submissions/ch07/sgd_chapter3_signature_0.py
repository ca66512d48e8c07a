# mistake: keeps chapter 3's signature sgd(params, lr, batch_size)
# exercise: sgd
# status: error
# message: chapter 3's sgd

def sgd(params, lr, batch_size):
    for param in params:
        param[:] = param - lr * param.grad / batch_size
