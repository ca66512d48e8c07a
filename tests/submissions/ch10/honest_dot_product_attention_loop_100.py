# mistake: none: one example at a time with nd.dot, scores scaled before the masked softmax
# exercise: dot_product_attention
# status: passed
# message: softmax(Q K^T / sqrt(d)) V

def dot_product_attention(Q, K, V, valid_len=None):
    scale = 1 / math.sqrt(Q.shape[2])
    outs = []
    for b in range(Q.shape[0]):
        scores = nd.dot(Q[b], K[b], transpose_b=True) * scale  # (queries, keys)
        vl = None if valid_len is None else valid_len[b:b + 1]
        weights = masked_softmax(scores.expand_dims(0), vl)[0]
        outs.append(nd.dot(weights, V[b]))
    return nd.stack(*outs)
