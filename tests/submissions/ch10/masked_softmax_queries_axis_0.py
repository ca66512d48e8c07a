# mistake: normalises over the queries (axis=1) instead of the keys
# exercise: masked_softmax
# status: failed
# message: normalised over the queries

def masked_softmax(X, valid_len=None):
    if valid_len is None:
        mask = nd.ones_like(X)
    else:
        keys = nd.arange(X.shape[-1]).reshape((1, 1, -1))
        mask = nd.broadcast_like(nd.broadcast_lesser(keys, valid_len.reshape((-1, 1, 1))), X)
    Z = nd.where(mask, X, nd.full(X.shape, -1e6))
    E = nd.exp(Z - Z.max(axis=1, keepdims=True)) * mask
    S = E.sum(axis=1, keepdims=True)
    return E / (S + (S == 0))
