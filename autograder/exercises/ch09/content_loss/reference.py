"""Reference `content_loss`: twice ``gloss.L2Loss`` (half the squared error, averaged per
example) of the features, batch of one, and its gradients."""

from mxnet import autograd, nd
from mxnet.gluon import loss as gloss


def _loss(y_hat, y):
    return 2 * gloss.L2Loss()(y_hat, y).mean()


def content_loss(Y_hat, Y):
    return _loss(nd.array(Y_hat), nd.array(Y)).asnumpy()


def content_loss_grads(Y_hat, Y, head=1.0):
    a, b = nd.array(Y_hat), nd.array(Y)
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        out = _loss(a, b)
    out.backward(nd.array([head]))
    return a.grad.asnumpy(), b.grad.asnumpy()


def features(rng, shape):
    return (rng.normal(size=shape) * 1.5).astype("float32"), rng.normal(size=shape).astype(
        "float32")


def public_cases(rng):
    Y_hat, Y = features(rng, (1, 4, 3, 5))
    return {"Y_hat": Y_hat, "Y": Y, "loss": content_loss(Y_hat, Y),
            "grad_Y_hat": content_loss_grads(Y_hat, Y)[0]}
