# mistake: shifts by the maximum of all scores, padding included: large padded scores underflow the valid ones
# exercise: masked_softmax
# status: partial
# message: the valid weights underflow to 0

def masked_softmax(X, valid_len=None):
    if valid_len is not None:
        keys = nd.arange(X.shape[-1]).reshape((1, 1, -1))
        mask = nd.broadcast_like(nd.broadcast_lesser(keys, valid_len.reshape((-1, 1, 1))), X)
    else:
        mask = nd.ones_like(X)
    E = nd.exp(X - X.max(axis=-1, keepdims=True)) * mask
    S = E.sum(axis=-1, keepdims=True)
    return E / (S + (S == 0))
