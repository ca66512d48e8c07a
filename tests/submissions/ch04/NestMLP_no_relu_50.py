# mistake: the last Dense has no activation
# exercise: NestMLP
# status: partial
# message: the last layer has no ReLU

class NestMLP(nn.Block):
    def __init__(self, **kwargs):
        super(NestMLP, self).__init__(**kwargs)
        self.net = nn.Sequential()
        self.net.add(nn.Dense(64, activation='relu'),
                     nn.Dense(32, activation='relu'))
        self.dense = nn.Dense(16)

    def forward(self, x):
        return self.dense(self.net(x))
