# mistake: ranks by the dot product W x, without dividing by the norms
# exercise: knn
# status: failed
# message: dot product

def knn(W, x, k):
    cos = nd.dot(W, x.reshape((-1,)))
    topk = nd.topk(cos, k=k, ret_typ='indices').asnumpy().astype('int32')
    return topk, [cos[i].asscalar() for i in topk]
