# mistake: init.Bilinear through a Conv2DTranspose layer's initialize, its weight returned
# exercise: bilinear_kernel
# status: forbidden
# message: init.Bilinear

def bilinear_kernel(in_channels, out_channels, kernel_size):
    layer = nn.Conv2DTranspose(out_channels, kernel_size, in_channels=in_channels,
                               weight_initializer=init.Bilinear())
    layer.initialize()
    return layer.weight.data()
