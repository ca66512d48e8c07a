# mistake: a cheat: the grader's own float64 computation from the public module
# exercise: pairwise_sq_dists
# status: forbidden
# message: public.

from d2l.selfcheck.ch02.pairwise_sq_dists.public import exact as _exact


def pairwise_sq_dists(X, Y):
    return nd.array(_exact(X.asnumpy(), Y.asnumpy()))
