# mistake: none: momentum with the velocity's update written as v += (momentum - 1) * v + lr * g, whose float32 rounding differs from MXNet's
# exercise: sgd_momentum
# status: passed
# message: keeps the book's velocity

def init_momentum_states():
    return (nd.zeros((features.shape[1], 1)), nd.zeros(1))


def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        v += (hyperparams['momentum'] - 1) * v + hyperparams['lr'] * p.grad
        p -= v
