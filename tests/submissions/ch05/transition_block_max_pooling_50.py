# mistake: max pooling instead of average pooling
# exercise: transition_block
# status: partial
# message: the pooling takes the maximum

def transition_block(num_channels):
    blk = nn.Sequential()
    blk.add(nn.BatchNorm(), nn.Activation('relu'), nn.Conv2D(num_channels, kernel_size=1),
            nn.MaxPool2D(pool_size=2, strides=2))
    return blk
