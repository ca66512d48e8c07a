# mistake: fills every channel pair (i, j) with the filter, as init.Bilinear does
# exercise: bilinear_kernel
# status: partial
# message: init.Bilinear

def bilinear_kernel(in_channels, out_channels, kernel_size):
    factor = (kernel_size + 1) // 2
    center = (kernel_size - 1) / 2
    og = np.ogrid[:kernel_size, :kernel_size]
    filt = (1 - abs(og[0] - center) / factor) * (1 - abs(og[1] - center) / factor)
    weight = np.zeros((in_channels, out_channels, kernel_size, kernel_size), dtype='float32')
    weight[:, :] = filt
    return nd.array(weight)
