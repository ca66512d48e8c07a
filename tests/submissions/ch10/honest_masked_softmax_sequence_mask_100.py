# mistake: none: nd.SequenceMask on the rows, a softmax written with exp
# exercise: masked_softmax
# status: passed
# message: 

def masked_softmax(X, valid_len=None):
    batch, queries, keys = X.shape
    rows = X.reshape((-1, keys))
    if valid_len is None:
        keep = nd.ones_like(rows)
    else:
        lengths = nd.repeat(valid_len, repeats=queries)
        rows = nd.SequenceMask(rows, lengths, use_sequence_length=True, value=-1e9, axis=1)
        keep = nd.SequenceMask(nd.ones_like(rows), lengths, use_sequence_length=True, value=0, axis=1)
    E = nd.exp(nd.broadcast_sub(rows, rows.max(axis=1, keepdims=True))) * keep
    total = E.sum(axis=1, keepdims=True)
    return nd.broadcast_div(E, nd.maximum(total, 1e-12)).reshape((batch, queries, keys))
