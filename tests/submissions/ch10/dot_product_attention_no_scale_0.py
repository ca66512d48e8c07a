# mistake: no 1/sqrt(d) scaling
# exercise: dot_product_attention
# status: failed
# message: not scaled

def dot_product_attention(Q, K, V, valid_len=None):
    d = Q.shape[-1]
    scores = nd.batch_dot(Q, K, transpose_b=True)
    return nd.batch_dot(masked_softmax(scores, valid_len), V)
