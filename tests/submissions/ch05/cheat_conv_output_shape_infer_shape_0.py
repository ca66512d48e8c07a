# mistake: lets MXNet's shape inference work the shape out (no operator runs)
# exercise: conv_output_shape
# status: forbidden
# message: infer_shape

import mxnet as mx


def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    net = mx.sym.Convolution(mx.sym.var("x"), kernel=(k_h, k_w), pad=(p_h, p_w),
                             stride=(s_h, s_w), num_filter=1)
    _, out, _ = net.infer_shape(x=(1, 1, n_h, n_w))
    return out[0][2:]
