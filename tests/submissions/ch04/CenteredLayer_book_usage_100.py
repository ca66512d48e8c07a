# mistake: none: the book's CenteredLayer with the cells after it (a vector, inside nn.Sequential)
# exercise: CenteredLayer
# status: passed

class CenteredLayer(nn.Block):
    def __init__(self, **kwargs):
        super(CenteredLayer, self).__init__(**kwargs)

    def forward(self, x):
        return x - x.mean()


layer = CenteredLayer()
layer(nd.array([1, 2, 3, 4, 5]))

net = nn.Sequential()
net.add(nn.Dense(128),
        CenteredLayer())

net.initialize()
y = net(nd.random.uniform(shape=(4, 8)))
y.mean().asscalar()
