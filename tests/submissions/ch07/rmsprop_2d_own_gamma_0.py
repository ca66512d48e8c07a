# mistake: sets gamma = 0.9 inside the function instead of reading the global
# exercise: rmsprop_2d
# status: failed
# message: instead of the global gamma

def rmsprop_2d(x1, x2, s1, s2):
    g1, g2, eps, gamma = 0.2 * x1, 4 * x2, 1e-6, 0.9
    s1 = gamma * s1 + (1 - gamma) * g1 ** 2
    s2 = gamma * s2 + (1 - gamma) * g2 ** 2
    x1 -= eta / math.sqrt(s1 + eps) * g1
    x2 -= eta / math.sqrt(s2 + eps) * g2
    return x1, x2, s1, s2
