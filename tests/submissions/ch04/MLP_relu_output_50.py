# mistake: ReLU on the output layer too
# exercise: MLP
# status: partial
# message: the output layer applies a ReLU

class MLP(nn.Block):
    def __init__(self, **kwargs):
        super(MLP, self).__init__(**kwargs)
        self.hidden = nn.Dense(256, activation='relu')
        self.output = nn.Dense(10, activation='relu')

    def forward(self, x):
        return self.output(self.hidden(x))
