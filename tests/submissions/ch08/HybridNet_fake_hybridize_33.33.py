# mistake: a plain Block that pretends to be hybridized (a fake export method and cached graph)
# exercise: HybridNet
# status: partial
# message: not a HybridBlock


class HybridNet(nn.Block):
    _cached_graph = (1,)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = nn.Dense(10)
        self.output = nn.Dense(2)

    def hybridize(self, *args, **kwargs):
        pass

    def export(self, path, epoch=0):
        pass

    def forward(self, x):
        return self.output(nd.relu(self.hidden(x)))
