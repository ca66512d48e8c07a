# mistake: keeps the nested layers in a Python list
# exercise: NestMLP
# status: error
# message: layers kept in a Python list

class NestMLP(nn.Block):
    def __init__(self, **kwargs):
        super(NestMLP, self).__init__(**kwargs)
        self.net = [nn.Dense(64, activation='relu'), nn.Dense(32, activation='relu')]
        self.dense = nn.Dense(16, activation='relu')

    def forward(self, x):
        for layer in self.net:
            x = layer(x)
        return self.dense(x)
