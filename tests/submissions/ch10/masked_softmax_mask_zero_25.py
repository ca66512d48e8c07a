# mistake: sets the padded scores to 0 (not a large negative value) before the softmax
# exercise: masked_softmax
# status: partial
# message: set to 0 before the softmax

def masked_softmax(X, valid_len=None):
    if valid_len is not None:
        keys = nd.arange(X.shape[-1]).reshape((1, 1, -1))
        mask = nd.broadcast_like(nd.broadcast_lesser(keys, valid_len.reshape((-1, 1, 1))), X)
        X = X * mask
    E = nd.exp(X - X.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)
