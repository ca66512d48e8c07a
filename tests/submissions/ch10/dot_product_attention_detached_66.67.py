# mistake: computes the weights through NumPy: no gradient reaches Q or K
# exercise: dot_product_attention
# status: partial
# message: no gradient reaches Q

def dot_product_attention(Q, K, V, valid_len=None):
    d = Q.shape[-1]
    scores = nd.batch_dot(Q, K, transpose_b=True) / math.sqrt(d)
    weights = nd.array(masked_softmax(scores, valid_len).asnumpy())
    return nd.batch_dot(weights, V)
