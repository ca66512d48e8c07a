# mistake: seeds the generator inside the function, so every call draws the same noise
# exercise: sgd_2d
# status: partial
# message: draw new noise on every call

def sgd_2d(x1, x2, s1, s2):
    np.random.seed(0)
    return (x1 - eta * (2 * x1 + np.random.normal(0.1)),
            x2 - eta * (4 * x2 + np.random.normal(0.1)), 0, 0)
