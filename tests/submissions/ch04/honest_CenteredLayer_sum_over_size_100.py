# mistake: none: the mean as nd.sum(x) / x.size
# exercise: CenteredLayer
# status: passed

class CenteredLayer(nn.Block):
    def forward(self, x):
        return x - nd.sum(x) / x.size
