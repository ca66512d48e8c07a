# mistake: stores the weight as (units, in_units) like nn.Dense
# exercise: MyDense
# status: partial
# message: nn.Dense's layout

class MyDense(nn.Block):
    def __init__(self, units, in_units, **kwargs):
        super(MyDense, self).__init__(**kwargs)
        self.weight = self.params.get('weight', shape=(units, in_units))
        self.bias = self.params.get('bias', shape=(units,))

    def forward(self, x):
        return nd.relu(nd.dot(x, self.weight.data(), transpose_b=True) + self.bias.data())
