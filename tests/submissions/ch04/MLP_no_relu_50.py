# mistake: the hidden layer has no activation
# exercise: MLP
# status: partial
# message: the hidden layer has no ReLU

class MLP(nn.Block):
    def __init__(self, **kwargs):
        super(MLP, self).__init__(**kwargs)
        self.hidden = nn.Dense(256)
        self.output = nn.Dense(10)

    def forward(self, x):
        return self.output(self.hidden(x))
