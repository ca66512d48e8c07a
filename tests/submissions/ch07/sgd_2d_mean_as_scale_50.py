# mistake: reads np.random.normal(0.1) as a standard deviation of 0.1
# exercise: sgd_2d
# status: partial
# message: first argument of np.random.normal is the mean

def sgd_2d(x1, x2, s1, s2):
    return (x1 - eta * (2 * x1 + np.random.normal(0, 0.1)),
            x2 - eta * (4 * x2 + np.random.normal(0, 0.1)), 0, 0)
