# mistake: none: one nd.dot per example, stacked
# exercise: skip_gram
# status: passed
# message:

def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    rows = []
    for i in range(center.shape[0]):
        v = embed_v(center[i])  # (1, embed_size)
        u = embed_u(contexts_and_negatives[i])  # (max_len, embed_size)
        rows.append(nd.dot(v, u, transpose_b=True))  # (1, max_len)
    return nd.stack(*rows)
