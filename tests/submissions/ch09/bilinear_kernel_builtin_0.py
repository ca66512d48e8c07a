# mistake: init.Bilinear on the diagonal pairs (the built-in the exercise forbids)
# exercise: bilinear_kernel
# status: forbidden
# message: init.Bilinear

def bilinear_kernel(in_channels, out_channels, kernel_size):
    one = nd.zeros((1, 1, kernel_size, kernel_size))
    init.Bilinear()(init.InitDesc('upsample_weight'), one)
    weight = nd.zeros((in_channels, out_channels, kernel_size, kernel_size))
    for i in range(in_channels):
        weight[i, i] = one[0, 0]
    return weight
