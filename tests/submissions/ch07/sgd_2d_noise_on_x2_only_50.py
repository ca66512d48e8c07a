# mistake: adds the noise to the second coordinate of the gradient only, with MXNet's generator
# exercise: sgd_2d
# status: partial
# message: only x2 gets noise

def sgd_2d(x1, x2, s1, s2):
    noise = nd.random.normal(0.1, 1).asscalar()
    return (x1 - eta * 2 * x1, x2 - eta * (4 * x2 + noise), 0, 0)
