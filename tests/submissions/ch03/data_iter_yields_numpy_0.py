# mistake: converts to NumPy and yields NumPy arrays, which autograd cannot use
# exercise: data_iter
# status: failed
# message: yield NDArrays

def data_iter(batch_size, features, labels):
    X, y = features.asnumpy(), labels.asnumpy()
    indices = np.random.permutation(len(X))
    for i in range(0, len(X), batch_size):
        j = indices[i: i + batch_size]
        yield X[j], y[j]
