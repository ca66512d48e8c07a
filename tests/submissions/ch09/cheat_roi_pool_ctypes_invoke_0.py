# mistake: a cheat: ROIPooling through ctypes, MXImperativeInvoke with its op handle
# exercise: roi_pool
# status: forbidden
# message: ROIPooling

import ctypes as _ct

import mxnet as _mx
from mxnet.base import _LIB, NDArrayHandle, c_str, c_str_array, c_handle_array


def roi_pool(X, rois, pooled_size, spatial_scale):
    op = _ct.c_void_p()
    _LIB.NNGetOpHandle(c_str("ROI" + "Pooling"), _ct.byref(op))
    nout = _ct.c_int(0)
    outs = _ct.POINTER(NDArrayHandle)()
    keys = ["pooled_size", "spatial_scale"]
    vals = [str(tuple(pooled_size)), str(spatial_scale)]
    _LIB.MXImperativeInvoke(op, 2, c_handle_array([X, rois]), _ct.byref(nout), _ct.byref(outs),
                            2, c_str_array(keys), c_str_array(vals))
    return _mx.nd.NDArray(_ct.cast(outs[0], NDArrayHandle))
