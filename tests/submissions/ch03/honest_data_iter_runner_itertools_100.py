# mistake: none: a local variable named runner (an iterator over the shuffled indices) cut into batches with itertools.islice
# exercise: data_iter
# status: passed
# message: shuffles the examples anew on every pass
# alone: yes

import itertools


def data_iter(batch_size, features, labels):
    order = list(range(len(features)))
    random.shuffle(order)
    runner = iter(order)
    for _ in itertools.count():
        chunk = list(itertools.islice(runner, batch_size))
        if not chunk:
            return
        j = nd.array(chunk)
        yield features.take(j), labels.take(j)
