# mistake: steps right but returns the velocities it was given
# exercise: momentum_2d
# status: partial
# message: returns the old velocities

def momentum_2d(x1, x2, v1, v2):
    new_v1 = gamma * v1 + eta * 0.2 * x1
    new_v2 = gamma * v2 + eta * 4 * x2
    return x1 - new_v1, x2 - new_v2, v1, v2
