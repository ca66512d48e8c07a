# mistake: divides by the norms of W's rows only (the ranking is right, the cosines are not)
# exercise: knn
# status: failed
# message: not divided by the norm of x

def knn(W, x, k):
    cos = nd.dot(W, x.reshape((-1,))) / (nd.sum(W * W, axis=1) + 1e-9).sqrt()
    topk = nd.topk(cos, k=k, ret_typ='indices').asnumpy().astype('int32')
    return topk, [cos[i].asscalar() for i in topk]
