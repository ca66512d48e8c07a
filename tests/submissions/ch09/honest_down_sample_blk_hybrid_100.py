# mistake: none: a HybridBlock class with the layers as attributes, hybridized
# exercise: down_sample_blk
# status: passed
# message: computes what the book's block computes

class _Halve(nn.HybridBlock):
    def __init__(self, num_channels, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = nn.Conv2D(num_channels, 3, padding=1)
        self.bn1 = nn.BatchNorm()
        self.conv2 = nn.Conv2D(num_channels, 3, padding=1)
        self.bn2 = nn.BatchNorm()
        self.pool = nn.MaxPool2D(pool_size=2, strides=2)

    def hybrid_forward(self, F, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.relu(self.bn2(self.conv2(x)))
        return self.pool(x)


def down_sample_blk(num_channels):
    blk = _Halve(num_channels)
    blk.hybridize()
    return blk
