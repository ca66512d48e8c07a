# mistake: creates the bias before the weight (the order the notebook asks for matters to the public check)
# exercise: Conv2D
# status: partial
# message: create the weight first

class Conv2D(nn.Block):
    def __init__(self, kernel_size, **kwargs):
        super().__init__(**kwargs)
        self.bias = self.params.get('bias', shape=(1,))
        self.weight = self.params.get('weight', shape=kernel_size)

    def forward(self, x):
        return corr2d(x, self.weight.data()) + self.bias.data()
