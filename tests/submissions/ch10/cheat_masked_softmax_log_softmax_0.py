# mistake: exp of nd.log_softmax after masking
# exercise: masked_softmax
# status: forbidden
# message: calls the built-in

def masked_softmax(X, valid_len=None):
    if valid_len is None:
        mask = nd.ones_like(X)
    else:
        keys = nd.arange(X.shape[-1]).reshape((1, 1, -1))
        mask = nd.broadcast_like(nd.broadcast_lesser(keys, valid_len.reshape((-1, 1, 1))), X)
    Z = nd.where(mask, X, nd.full(X.shape, -1e6))
    return nd.exp(nd.log_softmax(Z)) * mask
