# mistake: convolution, batch norm, ReLU (ResNet's order) instead of batch norm, ReLU, convolution
# exercise: conv_block
# status: failed
# message: ResNet's order

def conv_block(num_channels):
    blk = nn.Sequential()
    blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1), nn.BatchNorm(),
            nn.Activation('relu'))
    return blk
