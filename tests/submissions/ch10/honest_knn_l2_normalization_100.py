# mistake: none: rows and query normalised with nd.L2Normalization first, then one nd.dot
# exercise: knn
# status: passed
# message:

def knn(W, x, k):
    unit_rows = nd.L2Normalization(W)
    unit_x = nd.L2Normalization(x.reshape((1, -1))).reshape((-1,))
    cos = nd.dot(unit_rows, unit_x)
    topk = nd.topk(cos, k=k, ret_typ='indices').asnumpy().astype('int64')
    return topk, [float(c) for c in cos.asnumpy()[topk]]
