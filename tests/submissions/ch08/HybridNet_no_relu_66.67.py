# mistake: no ReLU between the layers
# exercise: HybridNet
# status: partial
# message: without ReLU

class HybridNet(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(HybridNet, self).__init__(**kwargs)
        self.hidden = nn.Dense(10)
        self.output = nn.Dense(2)

    def hybrid_forward(self, F, x):
        return self.output(self.hidden(x))
