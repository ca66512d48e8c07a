# mistake: none: updates with -= and an index loop, and clears the gradients afterwards
# exercise: sgd
# status: passed
# message: updates every parameter in place

def sgd(params, lr, batch_size):
    for k in range(len(params)):
        params[k] -= lr / batch_size * params[k].grad
        params[k].grad[:] = 0
