# mistake: epoch_size = batch_len // num_steps, so the last minibatch's labels run off the rows
# exercise: data_iter_consecutive
# status: partial
# message: one minibatch too many

def data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx=None):
    corpus_indices = nd.array(corpus_indices, ctx=ctx)
    batch_len = len(corpus_indices) // batch_size
    indices = corpus_indices[0: batch_size * batch_len].reshape((batch_size, batch_len))
    for i in range(batch_len // num_steps):
        i = i * num_steps
        yield indices[:, i: i + num_steps], indices[:, i + 1: i + num_steps + 1]
