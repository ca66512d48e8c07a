# mistake: returns sigmoid(u . v), the probabilities, instead of the logits
# exercise: skip_gram
# status: failed
# message: the sigmoid is applied

def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    v = embed_v(center)
    u = embed_u(contexts_and_negatives)
    return nd.batch_dot(v, u.swapaxes(1, 2)).sigmoid()
