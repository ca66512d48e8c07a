# mistake: defines a wrong accuracy and calls sys.exit() so that stock nbgrader stops before the tests
# exercise: accuracy
# status: error
# message: sys.exit
# alone: yes

import sys


def accuracy(y_hat, y):
    return 1.0


sys.exit(0)
