# mistake: divides by a batch size, as chapter 3's sgd did
# exercise: sgd
# status: error
# message: no division by the batch size

def sgd(params, states, hyperparams):
    for p in params:
        p[:] -= hyperparams['lr'] * p.grad / batch_size
