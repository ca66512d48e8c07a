# mistake: subtracts each row's mean
# exercise: CenteredLayer
# status: failed
# message: each row's mean

class CenteredLayer(nn.Block):
    def __init__(self, **kwargs):
        super(CenteredLayer, self).__init__(**kwargs)

    def forward(self, x):
        return x - x.mean(axis=-1, keepdims=True)
