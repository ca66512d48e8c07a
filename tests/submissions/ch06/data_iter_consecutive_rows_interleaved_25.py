# mistake: reshapes to (batch_len, batch_size) and transposes, so a row takes every batch_size-th index
# exercise: data_iter_consecutive
# status: partial
# message: contiguous piece of the corpus

def data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx=None):
    corpus_indices = nd.array(corpus_indices, ctx=ctx)
    batch_len = len(corpus_indices) // batch_size
    indices = corpus_indices[0: batch_size * batch_len].reshape((batch_len, batch_size)).T
    epoch_size = (batch_len - 1) // num_steps
    for i in range(epoch_size):
        i = i * num_steps
        yield indices[:, i: i + num_steps], indices[:, i + 1: i + num_steps + 1]
