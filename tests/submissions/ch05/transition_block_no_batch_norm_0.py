# mistake: leaves out the batch normalization
# exercise: transition_block
# status: failed
# message: missing gamma

def transition_block(num_channels):
    blk = nn.Sequential()
    blk.add(nn.Activation('relu'), nn.Conv2D(num_channels, kernel_size=1),
            nn.AvgPool2D(pool_size=2, strides=2))
    return blk
