# mistake: a cheat: an nn.Dense inside, its weight kept in the book's layout and copied in
# exercise: MyDense
# status: forbidden
# message: FullyConnected

class MyDense(nn.Block):
    def __init__(self, units, in_units, **kwargs):
        super(MyDense, self).__init__(**kwargs)
        self.weight = self.params.get('weight', shape=(in_units, units))
        self.bias = self.params.get('bias', shape=(units,))
        self._inner = nn.Dense(units, in_units=in_units, activation='relu')
        self._inner.initialize()

    def forward(self, x):
        self._inner.weight.set_data(self.weight.data().T)
        self._inner.bias.set_data(self.bias.data())
        return self._inner(x)
