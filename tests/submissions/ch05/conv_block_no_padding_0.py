# mistake: the 3x3 convolution is not padded
# exercise: conv_block
# status: failed
# message: the book's block gives

def conv_block(num_channels):
    blk = nn.Sequential()
    blk.add(nn.BatchNorm(), nn.Activation('relu'), nn.Conv2D(num_channels, kernel_size=3))
    return blk
