# mistake: none: builds the list of batches eagerly instead of writing a generator
# exercise: data_iter
# status: passed
# message: yields batches of batch_size rows

def data_iter(batch_size, features, labels):
    """All the minibatches of one epoch, as a list of (X, y) pairs."""
    order = list(range(features.shape[0]))
    random.shuffle(order)
    batches = []
    for start in range(0, len(order), batch_size):
        idx = nd.array(order[start:start + batch_size])
        batches.append((features.take(idx), labels.take(idx)))
    return batches
