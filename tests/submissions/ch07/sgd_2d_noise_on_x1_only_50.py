# mistake: adds the noise to the first coordinate of the gradient only
# exercise: sgd_2d
# status: partial
# message: only x1 gets noise

def sgd_2d(x1, x2, s1, s2):
    return (x1 - eta * (2 * x1 + np.random.normal(0.1)), x2 - eta * 4 * x2, 0, 0)
