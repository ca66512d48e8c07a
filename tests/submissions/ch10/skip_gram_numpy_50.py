# mistake: the inner products in NumPy, wrapped back into an NDArray: right values, no gradient
# exercise: skip_gram
# status: partial
# message: autograd

def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    v = embed_v(center).asnumpy()
    u = embed_u(contexts_and_negatives).asnumpy()
    return nd.array(np.matmul(v, u.transpose(0, 2, 1)))
