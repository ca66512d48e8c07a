# mistake: none: out-of-place updates (works under autograd) and NDArray comparisons
# exercise: FancyMLP
# status: passed

class FancyMLP(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.rand_weight = self.params.get_constant(
            'rand_weight', nd.random.uniform(shape=(20, 20)))
        self.dense = nn.Dense(20, activation='relu')

    def forward(self, x):
        x = self.dense(nd.relu(nd.dot(self.dense(x), self.rand_weight.data()) + 1))
        while x.norm() > 1:
            x = x / 2
        if x.norm() < 0.8:
            x = x * 10
        return x.sum()
