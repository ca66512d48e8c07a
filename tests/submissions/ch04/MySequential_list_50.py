# mistake: keeps the children in a Python list: collect_params() does not see them
# exercise: MySequential
# status: partial
# message: a Python list

class MySequential(nn.Block):
    def __init__(self, **kwargs):
        super(MySequential, self).__init__(**kwargs)
        self.blocks = []

    def add(self, block):
        self.blocks.append(block)

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return x
