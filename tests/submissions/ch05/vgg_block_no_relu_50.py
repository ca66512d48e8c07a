# mistake: no activation after the convolutions
# exercise: vgg_block
# status: partial
# message: the convolutions have no ReLU

def vgg_block(num_convs, num_channels):
    blk = nn.Sequential()
    for _ in range(num_convs):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1))
    blk.add(nn.MaxPool2D(pool_size=2, strides=2))
    return blk
