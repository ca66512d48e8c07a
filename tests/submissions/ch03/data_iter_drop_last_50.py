# mistake: stops the loop before the last, smaller batch (range stops at n - batch_size)
# exercise: data_iter
# status: partial
# message: the last, smaller batch is missing

def data_iter(batch_size, features, labels):
    num_examples = len(features)
    indices = list(range(num_examples))
    random.shuffle(indices)
    for i in range(0, num_examples - batch_size + 1, batch_size):
        j = nd.array(indices[i: i + batch_size])
        yield features.take(j), labels.take(j)
