# mistake: none: registers each layer as an attribute (setattr) and accepts several blocks per add
# exercise: MySequential
# status: passed

class MySequential(nn.Block):
    def __init__(self, prefix=None, params=None):
        super().__init__(prefix=prefix, params=params)
        self.count = 0

    def add(self, *blocks):
        for block in blocks:
            setattr(self, 'layer%d' % self.count, block)
            self.count += 1

    def forward(self, x):
        for i in range(self.count):
            x = getattr(self, 'layer%d' % i)(x)
        return x
