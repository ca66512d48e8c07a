# mistake: none: register_child and functools.reduce
# exercise: MySequential
# status: passed

import functools


class MySequential(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.count = 0

    def add(self, block):
        self.register_child(block, f"layer{self.count}")
        self.count += 1

    def forward(self, x):
        return functools.reduce(lambda h, b: b(h), self._children.values(), x)
