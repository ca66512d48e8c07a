# mistake: draws each batch's indices at random with replacement instead of shuffling once
# exercise: data_iter
# status: partial
# message: instead of drawing indices at random

def data_iter(batch_size, features, labels):
    num_examples = len(features)
    for i in range(0, num_examples, batch_size):
        size = min(batch_size, num_examples - i)
        j = nd.array([random.randrange(num_examples) for _ in range(size)])
        yield features.take(j), labels.take(j)
