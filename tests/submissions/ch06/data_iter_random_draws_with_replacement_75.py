# mistake: draws example numbers at random with replacement instead of shuffling them
# exercise: data_iter_random
# status: partial
# message: more than once

def data_iter_random(corpus_indices, batch_size, num_steps, ctx=None):
    num_examples = (len(corpus_indices) - 1) // num_steps
    for _ in range(num_examples // batch_size):
        batch_indices = [random.randrange(num_examples) for _ in range(batch_size)]
        X = [corpus_indices[j * num_steps: (j + 1) * num_steps] for j in batch_indices]
        Y = [corpus_indices[j * num_steps + 1: (j + 1) * num_steps + 1] for j in batch_indices]
        yield nd.array(X, ctx), nd.array(Y, ctx)
