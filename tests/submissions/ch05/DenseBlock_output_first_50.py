# mistake: concatenates (Y, X) instead of (X, Y)
# exercise: DenseBlock
# status: partial
# message: the output comes first

class DenseBlock(nn.Block):
    def __init__(self, num_convs, num_channels, **kwargs):
        super().__init__(**kwargs)
        self.net = nn.Sequential()
        for _ in range(num_convs):
            self.net.add(conv_block(num_channels))

    def forward(self, X):
        for blk in self.net:
            Y = blk(X)
            X = nd.concat(Y, X, dim=1)
        return X
