# mistake: none: computes the cross-correlation inline instead of calling corr2d
# exercise: Conv2D
# status: passed
# message: creates a weight

class Conv2D(nn.Block):
    def __init__(self, kernel_size, **kwargs):
        super().__init__(**kwargs)
        self.weight = self.params.get('weight', shape=kernel_size)
        self.bias = self.params.get('bias', shape=(1,))

    def forward(self, x):
        K = self.weight.data()
        h, w = K.shape
        out_h, out_w = x.shape[0] - h + 1, x.shape[1] - w + 1
        terms = [K[a, b] * x[a:a + out_h, b:b + out_w] for a in range(h) for b in range(w)]
        return nd.add_n(*terms) + self.bias.data()
