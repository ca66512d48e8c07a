# mistake: computes the losses with the grader's raw_losses from the public module
# exercise: compute_loss
# status: forbidden
# message: compute_loss.public

from d2l.selfcheck.ch09.compute_loss.public import raw_losses as _raw


def compute_loss(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram):
    c, s, t = _raw(X.asnumpy(), [a.asnumpy() for a in contents_Y_hat],
                   [a.asnumpy() for a in styles_Y_hat], [a.asnumpy() for a in contents_Y],
                   [a.asnumpy() for a in styles_Y_gram])
    contents_l = [nd.array([v * content_weight]) for v in c]
    styles_l = [nd.array([v * style_weight]) for v in s]
    tv_l = nd.array([t * tv_weight])
    return contents_l, styles_l, tv_l, nd.add_n(*contents_l, *styles_l, tv_l)
