# mistake: init.Bilinear's formula copied (f = ceil(k / 2), c = (2f - 1 - f % 2) / 2f): off by
# half a pixel for k = 2, 3, 6, 7, ...
# exercise: bilinear_kernel
# status: partial
# message: init.Bilinear's

def bilinear_kernel(in_channels, out_channels, kernel_size):
    f = np.ceil(kernel_size / 2.)
    c = (2 * f - 1 - f % 2) / (2. * f)
    x = np.arange(kernel_size)
    row = 1 - np.abs(x / f - c)
    weight = np.zeros((in_channels, out_channels, kernel_size, kernel_size), dtype='float32')
    for i in range(in_channels):
        weight[i, i] = np.outer(row, row)
    return nd.array(weight)
