# mistake: one embedding layer for the center and the context words
# exercise: skip_gram
# status: failed
# message: one embedding layer is used for both

def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    v = embed_v(center)
    u = embed_v(contexts_and_negatives)
    return nd.batch_dot(v, u.swapaxes(1, 2))
