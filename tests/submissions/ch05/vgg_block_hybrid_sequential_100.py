# mistake: none: an nn.HybridSequential with default pool strides (they equal the pool size)
# exercise: vgg_block
# status: passed
# message: computes what the book's block computes

def vgg_block(num_convs, num_channels):
    blk = nn.HybridSequential()
    for _ in range(num_convs):
        blk.add(nn.Conv2D(num_channels, 3, padding=1, activation='relu'))
    blk.add(nn.MaxPool2D(2))
    return blk
