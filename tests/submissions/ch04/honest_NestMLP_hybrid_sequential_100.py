# mistake: none: an nn.HybridSequential (built in the name scope) in place of nn.Sequential
# exercise: NestMLP
# status: passed

class NestMLP(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.net = nn.HybridSequential()
            self.net.add(nn.Dense(64, activation='relu'))
            self.net.add(nn.Dense(32, activation='relu'))
            self.dense = nn.Dense(16, activation='relu')

    def forward(self, x):
        x = self.net(x)
        return self.dense(x)
