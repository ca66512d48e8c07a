# mistake: the mean as a Python number: no gradient through it
# exercise: CenteredLayer
# status: partial
# message: does not take part in autograd

class CenteredLayer(nn.Block):
    def __init__(self, **kwargs):
        super(CenteredLayer, self).__init__(**kwargs)

    def forward(self, x):
        return x - x.mean().asscalar()
