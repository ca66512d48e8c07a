# mistake: a max pooling after every convolution instead of one at the end
# exercise: vgg_block
# status: failed
# message: there is a max pooling after every convolution

def vgg_block(num_convs, num_channels):
    blk = nn.Sequential()
    for _ in range(num_convs):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1, activation='relu'),
                nn.MaxPool2D(pool_size=2, strides=2))
    return blk
