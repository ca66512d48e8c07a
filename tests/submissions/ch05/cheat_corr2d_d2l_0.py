# mistake: calls the d2l package's corr2d
# exercise: corr2d
# status: forbidden
# message: d2l.corr2d

from d2l.cnn import corr2d as _corr2d


def corr2d(X, K):
    return _corr2d(X, K)
