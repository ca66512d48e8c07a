# mistake: computes the step on a NumPy vector and returns NumPy numbers
# exercise: gd_2d
# status: passed
# message: takes one gradient step

def gd_2d(x1, x2, s1, s2):
    x = np.array([x1, x2])
    x = x - eta * np.array([2.0, 4.0]) * x
    return x[0], x[1], 0, 0
