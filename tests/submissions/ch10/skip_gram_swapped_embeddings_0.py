# mistake: looks the center word up in embed_u and the contexts in embed_v
# exercise: skip_gram
# status: failed
# message: swapped

def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    v = embed_u(center)
    u = embed_v(contexts_and_negatives)
    return nd.batch_dot(v, u.swapaxes(1, 2))
