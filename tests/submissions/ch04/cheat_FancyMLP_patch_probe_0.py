# mistake: wraps the grader's FancyMLP probe, running the book's block in place of the student's (an MLP without control flow)
# exercise: FancyMLP
# status: forbidden
# message: tampered
# alone: yes
# others: forbidden

import d2l.selfcheck.ch04.FancyMLP.public as _grader

_genuine = _grader.probe


class _Book(nn.Block):
    def __init__(self, **kwargs):
        super(_Book, self).__init__(**kwargs)
        self.rand_weight = self.params.get_constant(
            'rand_weight', nd.random.uniform(shape=(20, 20)))
        self.dense = nn.Dense(20, activation='relu')

    def forward(self, x):
        x = self.dense(x)
        x = nd.relu(nd.dot(x, self.rand_weight.data()) + 1)
        x = self.dense(x)
        while x.norm().asscalar() > 1:
            x /= 2
        if x.norm().asscalar() < 0.8:
            x *= 10
        return x.sum()


_grader.probe = lambda cls, X, seed: _genuine(_Book, X, seed)


class FancyMLP(nn.Block):
    def __init__(self, **kwargs):
        super(FancyMLP, self).__init__(**kwargs)
        self.dense = nn.Dense(20)

    def forward(self, x):
        return self.dense(x).sum()
