# mistake: a cheat: the grader's masked_softmax.public.expected, with finite-difference gradients
# exercise: masked_softmax
# status: forbidden
# message: public.

# for the backward, wrapped in an autograd.Function)
from d2l.selfcheck.ch10.masked_softmax.public import expected as _msx
from mxnet import autograd as _ag

class _MS(_ag.Function):
    def __init__(self, vl):
        super().__init__()
        self.vl = vl
    def forward(self, X):
        self.x = X.asnumpy().astype('float64')
        return nd.array(_msx(self.x, self.vl), dtype='float32')
    def backward(self, dy):
        dy = dy.asnumpy().astype('float64')
        g = np.zeros_like(self.x)
        eps = 1e-4
        for i in np.ndindex(self.x.shape):
            xp = self.x.copy(); xp[i] += eps
            xm = self.x.copy(); xm[i] -= eps
            g[i] = ((_msx(xp, self.vl) - _msx(xm, self.vl)) * dy).sum() / (2 * eps)
        return nd.array(g, dtype='float32')

def masked_softmax(X, valid_len=None):
    return _MS(None if valid_len is None else valid_len.asnumpy())(X)
