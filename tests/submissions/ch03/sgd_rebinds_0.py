# mistake: rebinds the loop variable instead of updating the parameter in place
# exercise: sgd
# status: failed
# message: only rebinds a local name

def sgd(params, lr, batch_size):
    for param in params:
        param = param - lr * param.grad / batch_size
