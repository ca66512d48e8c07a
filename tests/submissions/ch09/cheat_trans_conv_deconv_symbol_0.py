# mistake: a cheat: Deconvolution as a symbol in a SymbolBlock
# exercise: trans_conv
# status: forbidden
# message: Deconvolution

import mxnet as _mx


def trans_conv(X, K):
    kh, kw = K.shape
    x, k = _mx.sym.var("x"), _mx.sym.var("k")
    s = getattr(_mx.sym, "Deconv" + "olution")(x, k, kernel=(kh, kw), num_filter=1, no_bias=True)
    blk = gluon.SymbolBlock(s, [x, k])
    return blk(X.reshape((1, 1) + X.shape), K.reshape((1, 1, kh, kw)))[0, 0]
