# mistake: reshapes K to (batch, d, num_keys) instead of transposing it
# exercise: dot_product_attention
# status: failed
# message: reshaped to (batch, d, num_keys) instead of transposed

def dot_product_attention(Q, K, V, valid_len=None):
    d = Q.shape[-1]
    Kt = K.reshape((K.shape[0], K.shape[2], K.shape[1]))
    scores = nd.batch_dot(Q, Kt) / math.sqrt(d)
    return nd.batch_dot(masked_softmax(scores, valid_len), V)
