# mistake: a cheat: the cosines from the grader's knn.public.cosines
# exercise: knn
# status: forbidden
# message: public.

from d2l.selfcheck.ch10.knn.public import cosines as _c
def knn(W, x, k):
    cos = _c(W.asnumpy(), x.asnumpy())
    topk = np.argsort(-cos, kind='stable')[:k].astype('int32')
    return topk, [float(cos[i]) for i in topk]
