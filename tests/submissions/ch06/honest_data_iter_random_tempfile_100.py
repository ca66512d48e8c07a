# mistake: none: passes the shuffled order through a tempfile scratch file (removed at once) and prints os.environ.get('HOME')
# exercise: data_iter_random
# status: passed
# message: shuffles the examples anew on every pass

import json
import os
import tempfile

print("home:", os.environ.get('HOME'))


def data_iter_random(corpus_indices, batch_size, num_steps, ctx=None):
    num_examples = (len(corpus_indices) - 1) // num_steps
    epoch_size = num_examples // batch_size
    example_indices = list(range(num_examples))
    random.shuffle(example_indices)
    fd, path = tempfile.mkstemp(suffix='.json')
    try:
        with os.fdopen(fd, 'w') as f:
            json.dump(example_indices, f)
        with open(path) as f:
            order = json.load(f)
    finally:
        os.remove(path)

    def _data(pos):
        return corpus_indices[pos: pos + num_steps]

    for i in range(epoch_size):
        batch_indices = order[i * batch_size: (i + 1) * batch_size]
        X = [_data(j * num_steps) for j in batch_indices]
        Y = [_data(j * num_steps + 1) for j in batch_indices]
        yield nd.array(X, ctx), nd.array(Y, ctx)
