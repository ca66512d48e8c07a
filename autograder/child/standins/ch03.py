"""Stand-ins for chapter 3."""

from mxnet import nd


def relu(X):
    return nd.relu(X)


STAND_INS = {"relu": relu}
