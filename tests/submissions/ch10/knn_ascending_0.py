# mistake: nd.topk with is_ascend=True: the k least similar rows
# exercise: knn
# status: failed
# message: least similar

def knn(W, x, k):
    cos = nd.dot(W, x.reshape((-1,))) / (
        (nd.sum(W * W, axis=1) + 1e-9).sqrt() * nd.sum(x * x).sqrt())
    topk = nd.topk(cos, k=k, ret_typ='indices', is_ascend=True).asnumpy().astype('int32')
    return topk, [cos[i].asscalar() for i in topk]
