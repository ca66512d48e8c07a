# mistake: uses the gradient of the flatter f_2d of §7.4 (0.2 * x1)
# exercise: gd_2d
# status: failed
# message: §7.4's f_2d

def gd_2d(x1, x2, s1, s2):
    return (x1 - eta * 0.2 * x1, x2 - eta * 4 * x2, 0, 0)
