# mistake: imports the course library's data_iter_random from its submodule
# exercise: data_iter_random
# status: forbidden
# message: d2l.data_iter_random

from d2l.rnn import data_iter_random as _book_iter


def data_iter_random(corpus_indices, batch_size, num_steps, ctx=None):
    yield from _book_iter(corpus_indices, batch_size, num_steps, ctx)
