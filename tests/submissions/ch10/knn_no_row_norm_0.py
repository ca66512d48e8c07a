# mistake: divides by the norm of x only: the ranking is the dot product's
# exercise: knn
# status: failed
# message: dot product

def knn(W, x, k):
    cos = nd.dot(W, x.reshape((-1,))) / nd.sum(x * x).sqrt()
    topk = nd.topk(cos, k=k, ret_typ='indices').asnumpy().astype('int32')
    return topk, [cos[i].asscalar() for i in topk]
