# mistake: nd.dot(W, x) without reshaping x: fails for x of shape (1, embed_size)
# exercise: knn
# status: partial
# message: reshape it

def knn(W, x, k):
    cos = nd.dot(W, x) / ((nd.sum(W * W, axis=1) + 1e-9).sqrt() * nd.sum(x * x).sqrt())
    topk = nd.topk(cos, k=k, ret_typ='indices').asnumpy().astype('int32')
    return topk, [cos[i].asscalar() for i in topk]
