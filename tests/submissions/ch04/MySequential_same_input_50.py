# mistake: applies every layer to the input x instead of chaining them
# exercise: MySequential
# status: partial
# message: every layer gets the block's input

class MySequential(nn.Block):
    def __init__(self, **kwargs):
        super(MySequential, self).__init__(**kwargs)

    def add(self, block):
        self._children[block.name] = block

    def forward(self, x):
        for block in self._children.values():
            out = block(x)
        return out
