# mistake: none: one example at a time, slicing the valid keys and padding with zeros
# exercise: masked_softmax
# status: passed
# message: 

def masked_softmax(X, valid_len=None):
    keys = X.shape[-1]
    out = []
    for b in range(X.shape[0]):
        n = keys if valid_len is None else int(valid_len[b].asscalar())
        if n == 0:
            out.append(nd.zeros_like(X[b]))
            continue
        x = X[b][:, :n]
        e = nd.exp(x - x.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        if n < keys:
            p = nd.concat(p, nd.zeros((x.shape[0], keys - n)), dim=1)
        out.append(p)
    return nd.stack(*out)
