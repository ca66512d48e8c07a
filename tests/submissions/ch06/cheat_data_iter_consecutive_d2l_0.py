# mistake: delegates to the course library's data_iter_consecutive
# exercise: data_iter_consecutive
# status: forbidden
# message: d2l.data_iter_consecutive

def data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx=None):
    return d2l.data_iter_consecutive(corpus_indices, batch_size, num_steps, ctx)
