# mistake: returns the linear part
# exercise: MyDense
# status: partial
# message: the output has no ReLU

class MyDense(nn.Block):
    def __init__(self, units, in_units, **kwargs):
        super(MyDense, self).__init__(**kwargs)
        self.weight = self.params.get('weight', shape=(in_units, units))
        self.bias = self.params.get('bias', shape=(units,))

    def forward(self, x):
        return nd.dot(x, self.weight.data()) + self.bias.data()
