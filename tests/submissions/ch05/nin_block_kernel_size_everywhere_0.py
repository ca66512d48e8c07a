# mistake: all three convolutions use kernel_size
# exercise: nin_block
# status: failed
# message: its parameters differ from the book's

def nin_block(num_channels, kernel_size, strides, padding):
    blk = nn.Sequential()
    blk.add(nn.Conv2D(num_channels, kernel_size, strides, padding, activation='relu'),
            nn.Conv2D(num_channels, kernel_size, padding=padding, activation='relu'),
            nn.Conv2D(num_channels, kernel_size, padding=padding, activation='relu'))
    return blk
