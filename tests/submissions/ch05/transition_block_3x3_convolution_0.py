# mistake: a 3x3 convolution (unpadded) instead of a 1x1 one
# exercise: transition_block
# status: failed
# message: the book's block gives

def transition_block(num_channels):
    blk = nn.Sequential()
    blk.add(nn.BatchNorm(), nn.Activation('relu'), nn.Conv2D(num_channels, kernel_size=3),
            nn.AvgPool2D(pool_size=2, strides=2))
    return blk
