"""Stand-ins for chapter 3: ``relu`` (for the checks of ``net``) is ``nd.relu``, the operator
the ``relu`` exercise forbids."""

from mxnet import nd


def relu(X):
    return nd.relu(X)


STAND_INS = {"relu": relu}
