# mistake: reaches MultiBoxPrior through getattr and a built name, in the NumPy interface
# exercise: multibox_prior
# status: forbidden
# message: calls the built-in

import mxnet as mx


def multibox_prior(data, sizes, ratios):
    prior = getattr(mx.npx, "multibox" + "_prior")
    return prior(data.as_np_ndarray(), sizes=sizes, ratios=ratios).as_nd_ndarray()
