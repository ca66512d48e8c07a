# mistake: adds a detached copy of the bias, which then learns nothing
# exercise: Conv2D
# status: partial
# message: the bias gets no gradient

class Conv2D(nn.Block):
    def __init__(self, kernel_size, **kwargs):
        super().__init__(**kwargs)
        self.weight = self.params.get('weight', shape=kernel_size)
        self.bias = self.params.get('bias', shape=(1,))

    def forward(self, x):
        return corr2d(x, self.weight.data()) + self.bias.data().detach()
