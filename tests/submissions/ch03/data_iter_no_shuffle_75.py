# mistake: forgets random.shuffle, so the batches always come in the original order
# exercise: data_iter
# status: partial
# message: original order

def data_iter(batch_size, features, labels):
    num_examples = len(features)
    indices = list(range(num_examples))
    for i in range(0, num_examples, batch_size):
        j = nd.array(indices[i: min(i + batch_size, num_examples)])
        yield features.take(j), labels.take(j)
