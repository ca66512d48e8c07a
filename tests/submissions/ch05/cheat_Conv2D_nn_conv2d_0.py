# mistake: wraps Gluon's nn.Conv2D instead of building on corr2d
# exercise: Conv2D
# status: forbidden
# message: nd.Convolution

class Conv2D(nn.Block):
    def __init__(self, kernel_size, **kwargs):
        super().__init__(**kwargs)
        self.conv = nn.Conv2D(1, kernel_size=kernel_size)

    def forward(self, x):
        return self.conv(x.reshape((1, 1) + x.shape))[0, 0]
