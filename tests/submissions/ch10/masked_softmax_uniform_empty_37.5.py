# mistake: SequenceMask with -1e6, then softmax, no 0/1 mask: a row of valid length 0 is uniform
# exercise: masked_softmax
# status: partial
# message: valid length 0 is uniform

def masked_softmax(X, valid_len=None):
    if valid_len is not None:
        shape = X.shape
        X = nd.SequenceMask(X.reshape((-1, shape[-1])), nd.repeat(valid_len, shape[1]),
                            use_sequence_length=True, value=-1e6, axis=1).reshape(shape)
    E = nd.exp(X - X.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)
