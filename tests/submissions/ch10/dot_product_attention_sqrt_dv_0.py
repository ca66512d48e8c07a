# mistake: scales by the square root of the values' length
# exercise: dot_product_attention
# status: failed
# message: values' length

def dot_product_attention(Q, K, V, valid_len=None):
    d = V.shape[-1]
    scores = nd.batch_dot(Q, K, transpose_b=True) / math.sqrt(d)
    return nd.batch_dot(masked_softmax(scores, valid_len), V)
