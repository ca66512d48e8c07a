# mistake: multiplies the velocity by eta again in the step
# exercise: momentum_2d
# status: partial
# message: applied twice

def momentum_2d(x1, x2, v1, v2):
    v1 = gamma * v1 + eta * 0.2 * x1
    v2 = gamma * v2 + eta * 4 * x2
    return x1 - eta * v1, x2 - eta * v2, v1, v2
