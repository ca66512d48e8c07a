# mistake: turns the kernel around (the convolution of signal processing)
# exercise: Conv2D
# status: partial
# message: the kernel is flipped

class Conv2D(nn.Block):
    def __init__(self, kernel_size, **kwargs):
        super().__init__(**kwargs)
        self.weight = self.params.get('weight', shape=kernel_size)
        self.bias = self.params.get('bias', shape=(1,))

    def forward(self, x):
        return corr2d(x, self.weight.data()[::-1, ::-1]) + self.bias.data()
