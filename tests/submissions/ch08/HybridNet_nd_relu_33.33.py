# mistake: nd.relu instead of F.relu: it works only imperatively
# exercise: HybridNet
# status: partial
# message: calls an nd. function

class HybridNet(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(HybridNet, self).__init__(**kwargs)
        self.hidden = nn.Dense(10)
        self.output = nn.Dense(2)

    def hybrid_forward(self, F, x):
        x = nd.relu(self.hidden(x))
        return self.output(x)
