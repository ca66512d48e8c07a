# mistake: none: np.random.permutation and slicing of the index array, with a debug print
# exercise: data_iter
# status: passed
# message: shuffles the examples anew

def data_iter(batch_size, features, labels):
    n = features.shape[0]
    perm = np.random.permutation(n)
    print(f"data_iter: {n} examples, batch size {batch_size}")
    for start in range(0, n, batch_size):
        idx = nd.array(perm[start:start + batch_size], dtype="int64")
        yield nd.take(features, idx), nd.take(labels, idx)
