# mistake: the NumPy-interface relu, mx.npx.relu, reached through getattr
# exercise: relu
# status: forbidden
# message: calls the built-in

import mxnet as mx


def relu(X):
    fn = getattr(mx.npx, "re" + "lu")
    return fn(X.as_np_ndarray()).as_nd_ndarray()
