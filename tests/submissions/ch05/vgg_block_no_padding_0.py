# mistake: the 3x3 convolutions are not padded
# exercise: vgg_block
# status: failed
# message: give them padding=1

def vgg_block(num_convs, num_channels):
    blk = nn.Sequential()
    for _ in range(num_convs):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, activation='relu'))
    blk.add(nn.MaxPool2D(pool_size=2, strides=2))
    return blk
