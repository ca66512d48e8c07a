# mistake: delegates to an nn.HybridSequential held inside
# exercise: MySequential
# status: forbidden
# message: nn.Sequential

class MySequential(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.inner = nn.HybridSequential()

    def add(self, block):
        self.inner.add(block)

    def forward(self, x):
        return self.inner(x)
