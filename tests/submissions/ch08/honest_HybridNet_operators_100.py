# mistake: none (F.Activation and F.FullyConnected on the layers' own parameters)
# exercise: HybridNet
# status: passed

class HybridNet(nn.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.hidden = nn.Dense(10, flatten=False)
            self.output = nn.Dense(2, flatten=False)

    def hybrid_forward(self, F, x):
        h = F.Activation(self.hidden(x), act_type='relu')
        return self.output(h)
