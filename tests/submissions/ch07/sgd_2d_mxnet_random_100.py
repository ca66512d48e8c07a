# mistake: draws the noise with MXNet's generator
# exercise: sgd_2d
# status: passed
# message: draws new noise on every call

def sgd_2d(x1, x2, s1, s2):
    noise = nd.random.normal(0.1, 1, shape=(2,)).asnumpy()
    return (x1 - eta * (2 * x1 + noise[0]), x2 - eta * (4 * x2 + noise[1]), 0, 0)
