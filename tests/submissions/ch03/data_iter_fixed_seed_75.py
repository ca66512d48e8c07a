# mistake: seeds the random generator inside the generator, so every epoch has the same order
# exercise: data_iter
# status: partial
# message: shuffle anew each time

def data_iter(batch_size, features, labels):
    num_examples = len(features)
    indices = list(range(num_examples))
    random.seed(42)  # "for reproducibility"
    random.shuffle(indices)
    for i in range(0, num_examples, batch_size):
        j = nd.array(indices[i: min(i + batch_size, num_examples)])
        yield features.take(j), labels.take(j)
