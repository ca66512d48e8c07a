# mistake: factor = kernel_size // 2: wrong for odd sizes
# exercise: bilinear_kernel
# status: partial
# message: factor is k // 2

def bilinear_kernel(in_channels, out_channels, kernel_size):
    factor = kernel_size // 2 or 1
    center = (kernel_size - 1) / 2
    og = np.ogrid[:kernel_size, :kernel_size]
    filt = (1 - abs(og[0] - center) / factor) * (1 - abs(og[1] - center) / factor)
    weight = np.zeros((in_channels, out_channels, kernel_size, kernel_size), dtype='float32')
    weight[range(in_channels), range(out_channels), :, :] = filt
    return nd.array(weight)
