# mistake: none: elementwise products summed over the embedding axis, then the middle axis restored
# exercise: skip_gram
# status: passed
# message:

def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    v = embed_v(center)  # (batch, 1, embed_size)
    u = embed_u(contexts_and_negatives)  # (batch, max_len, embed_size)
    return nd.broadcast_mul(v, u).sum(axis=2).expand_dims(axis=1)
