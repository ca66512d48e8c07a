# mistake: the two nested layers in the wrong order (32 then 64)
# exercise: NestMLP
# status: failed
# message: units

class NestMLP(nn.Block):
    def __init__(self, **kwargs):
        super(NestMLP, self).__init__(**kwargs)
        self.net = nn.Sequential()
        self.net.add(nn.Dense(32, activation='relu'),
                     nn.Dense(64, activation='relu'))
        self.dense = nn.Dense(16, activation='relu')

    def forward(self, x):
        return self.dense(self.net(x))
