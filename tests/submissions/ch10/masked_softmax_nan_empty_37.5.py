# mistake: masks with -inf: a row of valid length 0 is NaN
# exercise: masked_softmax
# status: partial
# message: valid length 0 gives NaN

def masked_softmax(X, valid_len=None):
    if valid_len is None:
        mask = nd.ones_like(X)
    else:
        keys = nd.arange(X.shape[-1]).reshape((1, 1, -1))
        mask = nd.broadcast_like(nd.broadcast_lesser(keys, valid_len.reshape((-1, 1, 1))), X)
    Z = nd.where(mask, X, nd.full(X.shape, -float('inf')))
    E = nd.exp(Z - Z.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)
