# mistake: keeps the kernel as a plain NDArray, which is neither initialized nor learned
# exercise: Conv2D
# status: failed
# message: the kernel must be a parameter

class Conv2D(nn.Block):
    def __init__(self, kernel_size, **kwargs):
        super().__init__(**kwargs)
        self.weight = nd.random.uniform(-0.07, 0.07, shape=kernel_size)
        self.bias = self.params.get('bias', shape=(1,))

    def forward(self, x):
        return corr2d(x, self.weight) + self.bias.data()
