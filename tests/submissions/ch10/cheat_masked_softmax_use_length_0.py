# mistake: nd.softmax with use_length=True, rows of length 0 zeroed
# exercise: masked_softmax
# status: forbidden
# message: calls the built-in

def masked_softmax(X, valid_len=None):
    if valid_len is None:
        return nd.softmax(X)
    lengths = nd.repeat(valid_len, X.shape[1]).reshape(X.shape[:2]).astype('int32')
    P = nd.softmax(X, length=lengths, use_length=True, axis=-1)
    return nd.broadcast_mul(P, (valid_len > 0).reshape((-1, 1, 1)))
