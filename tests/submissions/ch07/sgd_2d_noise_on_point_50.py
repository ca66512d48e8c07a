# mistake: adds the noise to the new point instead of to the gradient
# exercise: sgd_2d
# status: partial
# message: not to the gradient

def sgd_2d(x1, x2, s1, s2):
    return (x1 - eta * 2 * x1 + np.random.normal(0.1),
            x2 - eta * 4 * x2 + np.random.normal(0.1), 0, 0)
