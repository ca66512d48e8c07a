# mistake: Y = X + 1, the indices plus one, instead of the next characters of the corpus
# exercise: data_iter_consecutive
# status: partial
# message: Y must be X shifted by one position in the corpus

def data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx=None):
    corpus_indices = nd.array(corpus_indices, ctx=ctx)
    batch_len = len(corpus_indices) // batch_size
    indices = corpus_indices[0: batch_size * batch_len].reshape((batch_size, batch_len))
    for i in range(0, (batch_len - 1) // num_steps * num_steps, num_steps):
        X = indices[:, i: i + num_steps]
        yield X, X + 1
