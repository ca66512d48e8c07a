# mistake: keeps the blocks in a Python list, which Gluon does not register
# exercise: DenseBlock
# status: error
# message: Python list

class DenseBlock(nn.Block):
    def __init__(self, num_convs, num_channels, **kwargs):
        super().__init__(**kwargs)
        self.blocks = [conv_block(num_channels) for _ in range(num_convs)]

    def forward(self, X):
        for blk in self.blocks:
            X = nd.concat(X, blk(X), dim=1)
        return X
