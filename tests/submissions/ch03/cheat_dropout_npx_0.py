# mistake: mx.npx.dropout on a NumPy-interface view of X
# exercise: dropout
# status: forbidden
# message: calls the built-in

import mxnet as mx


def dropout(X, drop_prob):
    with autograd.train_mode():
        return mx.npx.dropout(X.as_np_ndarray(), p=drop_prob).as_nd_ndarray()
