# mistake: none: the book's MyDense with the cells after it (params, a forward pass, two in a Sequential) and the ParameterDict cell
# exercise: MyDense
# status: passed

params = gluon.ParameterDict()
params.get('param2', shape=(2, 3))
params


class MyDense(nn.Block):
    # units为该层的输出个数，in_units为该层的输入个数
    def __init__(self, units, in_units, **kwargs):
        super(MyDense, self).__init__(**kwargs)
        self.weight = self.params.get('weight', shape=(in_units, units))
        self.bias = self.params.get('bias', shape=(units,))

    def forward(self, x):
        linear = nd.dot(x, self.weight.data()) + self.bias.data()
        return nd.relu(linear)


dense = MyDense(units=3, in_units=5)
dense.params
dense.initialize()
dense(nd.random.uniform(shape=(2, 5)))

net = nn.Sequential()
net.add(MyDense(8, in_units=64),
        MyDense(1, in_units=8))
net.initialize()
net(nd.random.uniform(shape=(2, 64)))
