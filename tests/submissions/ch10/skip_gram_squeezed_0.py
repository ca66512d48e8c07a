# mistake: drops the middle axis: (batch, max_len) instead of the book's (batch, 1, max_len)
# exercise: skip_gram
# status: failed
# message: (batch, max_len)

def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    v = embed_v(center)
    u = embed_u(contexts_and_negatives)
    return nd.batch_dot(v, u.swapaxes(1, 2)).reshape((0, -1))
