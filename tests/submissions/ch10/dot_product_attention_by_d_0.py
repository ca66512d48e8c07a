# mistake: divides the scores by d
# exercise: dot_product_attention
# status: failed
# message: divided by d

def dot_product_attention(Q, K, V, valid_len=None):
    d = Q.shape[-1]
    scores = nd.batch_dot(Q, K, transpose_b=True) / d
    return nd.batch_dot(masked_softmax(scores, valid_len), V)
