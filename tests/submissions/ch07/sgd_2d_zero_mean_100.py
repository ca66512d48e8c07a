# mistake: zero-mean noise, as the book's text says
# exercise: sgd_2d
# status: passed
# message: noise of standard deviation 1

def sgd_2d(x1, x2, s1, s2):
    return (x1 - eta * (2 * x1 + np.random.normal(0, 1)),
            x2 - eta * (4 * x2 + np.random.normal(0, 1)), 0, 0)
