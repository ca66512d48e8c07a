# mistake: keeps the layers in a Python list, which Gluon does not register
# exercise: MLP
# status: error
# message: layers kept in a Python list

class MLP(nn.Block):
    def __init__(self, **kwargs):
        super(MLP, self).__init__(**kwargs)
        self.layers = [nn.Dense(256, activation='relu'), nn.Dense(10)]

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x
