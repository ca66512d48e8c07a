# mistake: adds log(mask) (-inf on padded keys) and hides the NaN rows with nd.where: the gradient is NaN
# exercise: masked_softmax
# status: partial
# message: gradient with respect to X contains NaN

def masked_softmax(X, valid_len=None):
    if valid_len is None:
        mask = nd.ones_like(X)
    else:
        keys = nd.arange(X.shape[-1]).reshape((1, 1, -1))
        mask = nd.broadcast_like(nd.broadcast_lesser(keys, valid_len.reshape((-1, 1, 1))), X)
    Z = X + nd.log(mask)  # log 0 = -inf on the padded keys
    E = nd.exp(Z - Z.max(axis=-1, keepdims=True))
    P = E / E.sum(axis=-1, keepdims=True)
    return nd.where(mask, P, nd.zeros_like(P))
