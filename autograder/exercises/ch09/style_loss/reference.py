"""Reference `style_loss`: twice ``gloss.L2Loss`` of the Gram matrices (``nd.linalg.syrk``,
as the gram reference), and its gradient."""

from mxnet import autograd, nd
from mxnet.gluon import loss as gloss

from autograder.exercises.ch09.gram.reference import _gram, gram


def _loss(y_hat, gram_y):
    G = _gram(y_hat)
    return 2 * gloss.L2Loss()(G.reshape((1, -1)), gram_y.reshape((1, -1))).mean()


def style_loss(Y_hat, gram_Y):
    return _loss(nd.array(Y_hat), nd.array(gram_Y)).asnumpy()


def style_loss_grads(Y_hat, gram_Y):
    a, b = nd.array(Y_hat), nd.array(gram_Y)
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        out = _loss(a, b)
    out.backward()
    return a.grad.asnumpy(), b.grad.asnumpy()


def features(rng, shape):
    """A synthesised feature and the Gram matrix of a style feature of the same shape."""
    Y_hat = (rng.normal(size=shape) * 1.5).astype("float32")
    Y = rng.normal(size=shape).astype("float32")
    return Y_hat, gram(Y)


def public_cases(rng):
    Y_hat, gram_Y = features(rng, (1, 3, 4, 4))
    return {"Y_hat": Y_hat, "gram_Y": gram_Y, "loss": style_loss(Y_hat, gram_Y),
            "grad_Y_hat": style_loss_grads(Y_hat, gram_Y)[0]}
