# mistake: steps with the velocity it was given, then returns the new one
# exercise: momentum_2d
# status: partial
# message: steps with the old velocity

def momentum_2d(x1, x2, v1, v2):
    new_x1, new_x2 = x1 - v1, x2 - v2
    v1 = gamma * v1 + eta * 0.2 * x1
    v2 = gamma * v2 + eta * 4 * x2
    return new_x1, new_x2, v1, v2
