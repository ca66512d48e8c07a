# mistake: subtracts the mean of each column (axis 0), not of all elements
# exercise: CenteredLayer
# status: failed
# message: column

class CenteredLayer(nn.Block):
    def __init__(self, **kwargs):
        super(CenteredLayer, self).__init__(**kwargs)

    def forward(self, x):
        return x - x.mean(axis=0, keepdims=True)
