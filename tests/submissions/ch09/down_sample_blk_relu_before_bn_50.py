# mistake: the ReLU before the batch normalization
# exercise: down_sample_blk
# status: partial
# message: the ReLU comes before the batch normalization

def down_sample_blk(num_channels):
    blk = nn.Sequential()
    for _ in range(2):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1),
                nn.Activation('relu'),
                nn.BatchNorm(in_channels=num_channels))
    blk.add(nn.MaxPool2D(2))
    return blk
