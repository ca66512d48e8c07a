# mistake: weighs the old state by 1 - gamma and the new square by gamma
# exercise: rmsprop_2d
# status: failed
# message: swapped

def rmsprop_2d(x1, x2, s1, s2):
    g1, g2, eps = 0.2 * x1, 4 * x2, 1e-6
    s1 = (1 - gamma) * s1 + gamma * g1 ** 2
    s2 = (1 - gamma) * s2 + gamma * g2 ** 2
    x1 -= eta / math.sqrt(s1 + eps) * g1
    x2 -= eta / math.sqrt(s2 + eps) * g2
    return x1, x2, s1, s2
