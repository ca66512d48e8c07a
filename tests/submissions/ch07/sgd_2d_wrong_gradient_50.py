# mistake: uses the gradient of §7.4's f_2d (0.1 * x1 ** 2 + 2 * x2 ** 2) instead of §7.2's
# exercise: sgd_2d
# status: partial
# message: does not follow the gradient of f_2d

def sgd_2d(x1, x2, s1, s2):
    g1, g2 = 0.2 * x1, 4 * x2
    g1 += np.random.normal(0.1)
    g2 += np.random.normal(0.1)
    return (x1 - eta * g1, x2 - eta * g2, 0, 0)
