# mistake: none: fills zero NDArrays row by row
# exercise: batchify
# status: passed

def batchify(data):
    max_len = max(len(c) + len(n) for _, c, n in data)
    shape = (len(data), max_len)
    cn, masks, labels = nd.zeros(shape), nd.zeros(shape), nd.zeros(shape)
    for i, (_, context, negative) in enumerate(data):
        row = context + negative
        cn[i, :len(row)] = nd.array(row)
        masks[i, :len(row)] = 1
        labels[i, :len(context)] = 1
    return nd.array([c for c, _, _ in data]).reshape((-1, 1)), cn, masks, labels
