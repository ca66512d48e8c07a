# mistake: defines a wrong sgd and kills the kernel with os._exit so no test runs after it
# exercise: sgd
# status: error
# message: os._exit
# alone: yes

import os


def sgd(params, lr, batch_size):
    pass


os._exit(0)
