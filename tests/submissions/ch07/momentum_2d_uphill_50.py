# mistake: adds the velocity to the point
# exercise: momentum_2d
# status: partial
# message: uphill

def momentum_2d(x1, x2, v1, v2):
    v1 = gamma * v1 + eta * 0.2 * x1
    v2 = gamma * v2 + eta * 4 * x2
    return x1 + v1, x2 + v2, v1, v2
