# mistake: none: BatchNorm() without in_channels (deferred), MaxPool2D with explicit strides
# exercise: down_sample_blk
# status: passed
# message: halves height

def down_sample_blk(num_channels):
    blk = nn.Sequential()
    for _ in range(2):
        blk.add(nn.Conv2D(num_channels, 3, padding=1), nn.BatchNorm(), nn.Activation('relu'))
    blk.add(nn.MaxPool2D(pool_size=2, strides=2))
    return blk
