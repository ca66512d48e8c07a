# mistake: batch_dot(u, v^T): the output is (batch, max_len, 1)
# exercise: skip_gram
# status: failed
# message: (batch, max_len, 1)

def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    v = embed_v(center)
    u = embed_u(contexts_and_negatives)
    return nd.batch_dot(u, v.swapaxes(1, 2))
