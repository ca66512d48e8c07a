# mistake: forgets to shuffle, so the examples come in the corpus' order
# exercise: data_iter_random
# status: partial
# message: shuffle

def data_iter_random(corpus_indices, batch_size, num_steps, ctx=None):
    num_examples = (len(corpus_indices) - 1) // num_steps
    for i in range(num_examples // batch_size):
        batch_indices = range(i * batch_size, (i + 1) * batch_size)
        X = [corpus_indices[j * num_steps: (j + 1) * num_steps] for j in batch_indices]
        Y = [corpus_indices[j * num_steps + 1: (j + 1) * num_steps + 1] for j in batch_indices]
        yield nd.array(X, ctx), nd.array(Y, ctx)
