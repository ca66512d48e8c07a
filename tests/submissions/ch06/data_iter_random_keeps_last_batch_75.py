# mistake: yields the leftover examples as a smaller last minibatch
# exercise: data_iter_random
# status: partial
# message: the last minibatch holds only

def data_iter_random(corpus_indices, batch_size, num_steps, ctx=None):
    num_examples = (len(corpus_indices) - 1) // num_steps
    example_indices = list(range(num_examples))
    random.shuffle(example_indices)
    for i in range(0, num_examples, batch_size):
        batch_indices = example_indices[i: i + batch_size]
        X = [corpus_indices[j * num_steps: (j + 1) * num_steps] for j in batch_indices]
        Y = [corpus_indices[j * num_steps + 1: (j + 1) * num_steps + 1] for j in batch_indices]
        yield nd.array(X, ctx), nd.array(Y, ctx)
