# mistake: reaches ROIPooling in the NumPy interface
# exercise: roi_pool
# status: forbidden
# message: calls the built-in

import mxnet as mx


def roi_pool(X, rois, pooled_size, spatial_scale):
    return mx.npx.roi_pooling(X.as_np_ndarray(), rois.as_np_ndarray(),
                              pooled_size=pooled_size,
                              spatial_scale=spatial_scale).as_nd_ndarray()
