# mistake: none: registers each conv_block with register_child and keeps a list of them
# exercise: DenseBlock
# status: passed
# message: concatenates each block's input and output

class DenseBlock(nn.Block):
    def __init__(self, num_convs, num_channels, **kwargs):
        super().__init__(**kwargs)
        self.blocks = []
        for i in range(num_convs):
            blk = conv_block(num_channels)
            self.register_child(blk)
            self.blocks.append(blk)

    def forward(self, X):
        for blk in self.blocks:
            X = nd.concat(X, blk(X), dim=1)
        return X
