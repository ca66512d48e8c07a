# mistake: plain gradient descent: no noise at all
# exercise: sgd_2d
# status: failed
# message: no noise

def sgd_2d(x1, x2, s1, s2):
    return (x1 - eta * 2 * x1, x2 - eta * 4 * x2, 0, 0)
