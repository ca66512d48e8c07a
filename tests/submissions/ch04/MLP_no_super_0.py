# mistake: forgets to call super().__init__
# exercise: MLP
# status: error
# message: super().__init__

class MLP(nn.Block):
    def __init__(self, **kwargs):
        self.hidden = nn.Dense(256, activation='relu')
        self.output = nn.Dense(10)

    def forward(self, x):
        return self.output(self.hidden(x))
