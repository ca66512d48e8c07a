# mistake: wraps Gluon's nn.BatchNorm
# exercise: BatchNorm
# status: forbidden
# message: nd.BatchNorm

class BatchNorm(nn.Block):
    def __init__(self, num_features, num_dims, **kwargs):
        super().__init__(**kwargs)
        self.bn = nn.BatchNorm(in_channels=num_features)

    def forward(self, X):
        return self.bn(X)
