# mistake: MXNet's sign convention: v = gamma * v - eta * grad, x = x + v
# exercise: momentum_2d
# status: failed
# message: opposite sign

def momentum_2d(x1, x2, v1, v2):
    v1 = gamma * v1 - eta * 0.2 * x1
    v2 = gamma * v2 - eta * 4 * x2
    return x1 + v1, x2 + v2, v1, v2
