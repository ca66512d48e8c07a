# mistake: the max pooling is missing: height and width are kept
# exercise: down_sample_blk
# status: partial
# message: the height and width are not halved

def down_sample_blk(num_channels):
    blk = nn.Sequential()
    for _ in range(2):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1),
                nn.BatchNorm(in_channels=num_channels),
                nn.Activation('relu'))
    return blk
