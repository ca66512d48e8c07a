# mistake: none: layers made in a name scope, ReLU applied in forward
# exercise: MLP
# status: passed

class MLP(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.hidden = nn.Dense(256)
            self.out = nn.Dense(10)

    def forward(self, x):
        return self.out(nd.relu(self.hidden(x)))
