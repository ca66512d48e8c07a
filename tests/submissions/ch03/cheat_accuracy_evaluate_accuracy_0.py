# mistake: hands the predictions to d2l.evaluate_accuracy as a one-batch data set
# exercise: accuracy
# status: forbidden
# message: d2l.evaluate_accuracy

import d2l


def accuracy(y_hat, y):
    return d2l.evaluate_accuracy([(y_hat, y)], lambda X: X)
