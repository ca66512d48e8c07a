# mistake: sets its own learning rate inside the function instead of reading the global eta
# exercise: gd_2d
# status: failed
# message: instead of the global eta

def gd_2d(x1, x2, s1, s2):
    eta = 0.1
    return (x1 - eta * 2 * x1, x2 - eta * 4 * x2, 0, 0)
