# mistake: computes the Gram matrix with the grader's gram64 from the public module
# exercise: gram
# status: forbidden
# message: gram.public

from d2l.selfcheck.ch09.gram.public import gram64 as _gram64


def gram(X):
    return nd.array(_gram64(X.asnumpy()))
