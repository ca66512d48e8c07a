# mistake: softmax over all keys, then the padded weights zeroed, not renormalised
# exercise: masked_softmax
# status: partial
# message: without renormalising

def masked_softmax(X, valid_len=None):
    E = nd.exp(X - X.max(axis=-1, keepdims=True))
    P = E / E.sum(axis=-1, keepdims=True)
    if valid_len is None:
        return P
    keys = nd.arange(X.shape[-1]).reshape((1, 1, -1))
    mask = nd.broadcast_like(nd.broadcast_lesser(keys, valid_len.reshape((-1, 1, 1))), X)
    return P * mask
