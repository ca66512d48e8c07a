# mistake: returns only the new point, which d2l.train_2d cannot unpack
# exercise: gd_2d
# status: partial
# message: unpacks four

def gd_2d(x1, x2, s1, s2):
    return x1 - eta * 2 * x1, x2 - eta * 4 * x2
