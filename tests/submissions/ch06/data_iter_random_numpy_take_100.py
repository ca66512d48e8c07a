# mistake: none: builds all examples in NumPy and picks rows with a permutation
# exercise: data_iter_random
# status: passed
# message: shuffles the examples anew

def data_iter_random(corpus_indices, batch_size, num_steps, ctx=None):
    data = np.array(corpus_indices)
    num_examples = (len(data) - 1) // num_steps
    starts = np.arange(num_examples) * num_steps
    order = np.random.permutation(num_examples)
    offsets = np.arange(num_steps)
    for k in range(num_examples // batch_size):
        rows = starts[order[k * batch_size:(k + 1) * batch_size]][:, None] + offsets
        yield nd.array(data[rows], ctx), nd.array(data[rows + 1], ctx)
