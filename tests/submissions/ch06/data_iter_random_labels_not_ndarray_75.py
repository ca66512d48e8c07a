# mistake: yields the labels as a Python list of lists instead of an NDArray (the checks of X must not fail on it)
# exercise: data_iter_random
# status: partial
# message: yield NDArrays

def data_iter_random(corpus_indices, batch_size, num_steps, ctx=None):
    num_examples = (len(corpus_indices) - 1) // num_steps
    epoch_size = num_examples // batch_size
    example_indices = list(range(num_examples))
    random.shuffle(example_indices)
    for i in range(epoch_size):
        batch_indices = example_indices[i * batch_size: (i + 1) * batch_size]
        X = [corpus_indices[j * num_steps: (j + 1) * num_steps] for j in batch_indices]
        Y = [corpus_indices[j * num_steps + 1: (j + 1) * num_steps + 1] for j in batch_indices]
        yield nd.array(X, ctx), Y
