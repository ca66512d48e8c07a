# mistake: one (convolution, batch norm, ReLU) unit instead of two
# exercise: down_sample_blk
# status: partial
# message: the block has one convolution

def down_sample_blk(num_channels):
    blk = nn.Sequential()
    blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1),
            nn.BatchNorm(in_channels=num_channels),
            nn.Activation('relu'))
    blk.add(nn.MaxPool2D(2))
    return blk
