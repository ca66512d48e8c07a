# mistake: none: a HybridBlock with the ReLU applied in hybrid_forward and in_units given
# exercise: MLP
# status: passed

class MLP(nn.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.hidden = nn.Dense(256, in_units=20)
            self.output = nn.Dense(10, in_units=256)

    def hybrid_forward(self, F, x):
        return self.output(F.relu(self.hidden(x)))
