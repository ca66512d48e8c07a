# mistake: none: parameters with their own initializers, ReLU as nd.maximum, broadcast_add for the bias
# exercise: MyDense
# status: passed

class MyDense(nn.Block):
    def __init__(self, units, in_units, **kwargs):
        super().__init__(**kwargs)
        self.units, self.in_units = units, in_units
        self.weight = self.params.get('weight', shape=(in_units, units), init=init.Xavier())
        self.bias = self.params.get('bias', shape=(units,), init=init.Zero())

    def forward(self, x):
        y = nd.broadcast_add(nd.dot(x, self.weight.data()), self.bias.data().reshape((1, -1)))
        return nd.maximum(y, 0)
