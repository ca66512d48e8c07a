# mistake: draws one noise value and adds it to both coordinates
# exercise: sgd_2d
# status: partial
# message: the same noise

def sgd_2d(x1, x2, s1, s2):
    noise = np.random.normal(0.1)
    return (x1 - eta * (2 * x1 + noise), x2 - eta * (4 * x2 + noise), 0, 0)
