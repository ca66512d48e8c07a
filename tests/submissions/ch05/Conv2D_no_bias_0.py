# mistake: no bias parameter at all
# exercise: Conv2D
# status: failed
# message: a bias of shape (1,)

class Conv2D(nn.Block):
    def __init__(self, kernel_size, **kwargs):
        super().__init__(**kwargs)
        self.weight = self.params.get('weight', shape=kernel_size)

    def forward(self, x):
        return corr2d(x, self.weight.data())
