# mistake: none: its own Gram matrix inline (nd.linalg.gemm2), the mean by hand
# exercise: style_loss
# status: passed
# message: passed

def style_loss(Y_hat, gram_Y):
    c = Y_hat.shape[1]
    M = Y_hat.reshape((c, -1))
    G = nd.linalg.gemm2(M, M, transpose_b=True, alpha=1.0 / Y_hat.size)
    return ((G - gram_Y) ** 2).sum() / (c * c)
