# mistake: reaches the smooth_l1 operator through getattr and a built name, in the NumPy interface
# exercise: smooth_l1
# status: forbidden
# message: calls the built-in

import mxnet as mx


def smooth_l1(x, sigma):
    op = getattr(mx.npx, "smooth" + "_l1")
    return op(x.as_np_ndarray(), scalar=sigma).as_nd_ndarray()
