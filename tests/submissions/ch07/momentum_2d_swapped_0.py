# mistake: swaps the learning rate and the momentum
# exercise: momentum_2d
# status: failed
# message: swapped

def momentum_2d(x1, x2, v1, v2):
    v1 = eta * v1 + gamma * 0.2 * x1
    v2 = eta * v2 + gamma * 4 * x2
    return x1 - v1, x2 - v2, v1, v2
