# mistake: none: the 1-D triangle with NDArrays, its outer product, nd.one_hot for the diagonal
# exercise: bilinear_kernel
# status: passed
# message: passed

def bilinear_kernel(in_channels, out_channels, kernel_size):
    factor = (kernel_size + 1) // 2
    center = (kernel_size - 1) / 2.0
    tri = 1 - nd.abs(nd.arange(kernel_size) - center) / factor
    filt = nd.dot(tri.reshape((-1, 1)), tri.reshape((1, -1)))
    eye = nd.one_hot(nd.arange(in_channels), out_channels)
    return (eye.reshape((in_channels, out_channels, 1, 1)) * filt).astype('float32')
