# mistake: draws the noise around 5 instead of 0.1, with Python's own generator
# exercise: sgd_2d
# status: partial
# message: has mean

import random


def sgd_2d(x1, x2, s1, s2):
    return (x1 - eta * (2 * x1 + random.gauss(5, 1)),
            x2 - eta * (4 * x2 + random.gauss(5, 1)), 0, 0)
