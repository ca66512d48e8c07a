"""Reference `data_iter_consecutive`: the book's consecutive sampling, as MXNet slices."""

import numpy as np
from mxnet import nd


def data_iter_consecutive(corpus_indices, batch_size, num_steps):
    """The book's minibatches: a list of ``(X, Y)`` NumPy arrays."""
    corpus = nd.array(np.asarray(corpus_indices), dtype="float32")
    batch_len = corpus.shape[0] // batch_size
    rows = corpus[:batch_size * batch_len].reshape((batch_size, batch_len))
    batches = []
    for i in range(0, ((batch_len - 1) // num_steps) * num_steps, num_steps):
        batches.append((rows[:, i:i + num_steps].asnumpy(),
                        rows[:, i + 1:i + 1 + num_steps].asnumpy()))
    return batches


def public_cases(rng):
    # 150 indices: the entries below n of this permutation make each smaller corpus.
    corpus = rng.permutation(150).astype("int64")
    batches = data_iter_consecutive(corpus, 3, 4)
    return {"corpus": corpus, "X": np.stack([X for X, _ in batches]),
            "Y": np.stack([Y for _, Y in batches])}
