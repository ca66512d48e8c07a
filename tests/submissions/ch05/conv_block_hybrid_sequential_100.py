# mistake: none: an nn.HybridSequential
# exercise: conv_block
# status: passed
# message: computes what the book's block computes

def conv_block(num_channels):
    blk = nn.HybridSequential()
    blk.add(nn.BatchNorm(), nn.Activation('relu'), nn.Conv2D(num_channels, 3, padding=1))
    return blk
