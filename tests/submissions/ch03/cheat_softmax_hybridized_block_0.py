# mistake: hides nd.softmax inside a hybridized Gluon block
# exercise: softmax
# status: forbidden
# message: calls the built-in

class _Soft(nn.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.softmax(x, axis=1)


_block = _Soft()
_block.hybridize()


def softmax(X):
    return _block(X)
