# mistake: adds the gradient step instead of subtracting it
# exercise: gd_2d
# status: failed
# message: uphill

def gd_2d(x1, x2, s1, s2):
    return (x1 + eta * 2 * x1, x2 + eta * 4 * x2, 0, 0)
