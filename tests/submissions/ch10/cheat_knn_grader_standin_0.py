# mistake: calls the grader's own knn from the public module
# exercise: knn
# status: forbidden
# message: the grader's knn

from d2l.selfcheck.ch10.knn.public import stand_in


def knn(W, x, k):
    return stand_in(W, x, k)
