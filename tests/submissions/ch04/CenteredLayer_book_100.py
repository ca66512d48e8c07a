# mistake: none: the book's code verbatim
# exercise: CenteredLayer
# status: passed

class CenteredLayer(nn.Block):
    def __init__(self, **kwargs):
        super(CenteredLayer, self).__init__(**kwargs)

    def forward(self, x):
        return x - x.mean()
