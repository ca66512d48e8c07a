# mistake: calls nd.FullyConnected on the transposed weight
# exercise: MyDense
# status: forbidden
# message: FullyConnected

class MyDense(nn.Block):
    def __init__(self, units, in_units, **kwargs):
        super(MyDense, self).__init__(**kwargs)
        self.units = units
        self.weight = self.params.get('weight', shape=(in_units, units))
        self.bias = self.params.get('bias', shape=(units,))

    def forward(self, x):
        return nd.relu(nd.FullyConnected(x, self.weight.data().T, self.bias.data(),
                                         num_hidden=self.units))
