# mistake: steps with the new state but returns the old one
# exercise: rmsprop_2d
# status: partial
# message: returns the old states

def rmsprop_2d(x1, x2, s1, s2):
    g1, g2, eps = 0.2 * x1, 4 * x2, 1e-6
    n1 = gamma * s1 + (1 - gamma) * g1 ** 2
    n2 = gamma * s2 + (1 - gamma) * g2 ** 2
    x1 -= eta / math.sqrt(n1 + eps) * g1
    x2 -= eta / math.sqrt(n2 + eps) * g2
    return x1, x2, s1, s2
