# mistake: none: nd.linalg.gemm2 with alpha = 1/sqrt(d) and nd.softmax(use_length=True), which only masked_softmax forbids
# exercise: dot_product_attention
# status: passed
# message: 

def dot_product_attention(Q, K, V, valid_len=None):
    scores = nd.linalg.gemm2(Q, K, transpose_b=True, alpha=1 / Q.shape[-1] ** 0.5)
    if valid_len is None:
        weights = nd.softmax(scores, axis=-1)
    else:
        lengths = nd.broadcast_to(valid_len.reshape((-1, 1)), shape=scores.shape[:2])
        weights = nd.softmax(scores, length=lengths.astype('int32'), use_length=True, axis=-1)
        weights = nd.broadcast_mul(weights, (valid_len > 0).reshape((-1, 1, 1)))
    return nd.linalg.gemm2(weights, V)
