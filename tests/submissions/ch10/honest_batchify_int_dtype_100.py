# mistake: none: int32 indices, built with NumPy then nd.array
# exercise: batchify
# status: passed

def batchify(data):
    centers, contexts, negatives = zip(*data)
    lengths = [len(c) + len(n) for c, n in zip(contexts, negatives)]
    max_len = max(lengths)
    cn = np.zeros((len(data), max_len), dtype=np.int32)
    for i, (c, n) in enumerate(zip(contexts, negatives)):
        cn[i, :lengths[i]] = list(c) + list(n)
    positions = np.arange(max_len)
    masks = (positions < np.array(lengths)[:, None]).astype(np.int32)
    labels = (positions < np.array([len(c) for c in contexts])[:, None]).astype(np.int32)
    return (nd.array(np.array(centers)[:, None], dtype='int32'), nd.array(cn, dtype='int32'),
            nd.array(masks, dtype='int32'), nd.array(labels, dtype='int32'))
