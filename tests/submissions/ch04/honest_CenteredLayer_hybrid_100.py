# mistake: none: a HybridBlock with F.mean
# exercise: CenteredLayer
# status: passed

class CenteredLayer(nn.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.broadcast_sub(x, F.mean(x))
