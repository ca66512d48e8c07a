# mistake: Y = X + 1, the indices plus one, instead of the next characters of the corpus
# exercise: data_iter_random
# status: partial
# message: Y must be X shifted by one position in the corpus

def data_iter_random(corpus_indices, batch_size, num_steps, ctx=None):
    num_examples = (len(corpus_indices) - 1) // num_steps
    epoch_size = num_examples // batch_size
    example_indices = list(range(num_examples))
    random.shuffle(example_indices)
    for i in range(epoch_size):
        batch_indices = example_indices[i * batch_size: (i + 1) * batch_size]
        X = nd.array([corpus_indices[j * num_steps: (j + 1) * num_steps]
                      for j in batch_indices], ctx)
        yield X, X + 1
