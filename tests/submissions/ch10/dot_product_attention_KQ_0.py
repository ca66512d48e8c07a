# mistake: scores K Q^T instead of Q K^T (a batch_dot shape error unless square)
# exercise: dot_product_attention
# status: error
# message: nd.batch_dot(Q, K, transpose_b=True)

def dot_product_attention(Q, K, V, valid_len=None):
    d = Q.shape[-1]
    scores = nd.batch_dot(K, Q, transpose_b=True) / math.sqrt(d)
    return nd.batch_dot(masked_softmax(scores, valid_len), V)
