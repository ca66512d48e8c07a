# mistake: the last 1x1 convolution has no ReLU
# exercise: nin_block
# status: partial
# message: convolution 3 of 3 has no ReLU

def nin_block(num_channels, kernel_size, strides, padding):
    blk = nn.Sequential()
    blk.add(nn.Conv2D(num_channels, kernel_size, strides, padding, activation='relu'),
            nn.Conv2D(num_channels, kernel_size=1, activation='relu'),
            nn.Conv2D(num_channels, kernel_size=1))
    return blk
