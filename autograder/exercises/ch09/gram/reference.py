"""Reference `gram`: ``nd.linalg.syrk`` (A A^T) of X reshaped to (c, n), scaled by
1 / (c * n), and its gradient."""

from mxnet import autograd, nd


def _gram(x):
    c = x.shape[1]
    n = x.size // c
    return nd.linalg.syrk(x.reshape((c, n)), alpha=1.0 / (c * n))


def gram(X):
    return _gram(nd.array(X)).asnumpy()


def gram_grad(X, head):
    x = nd.array(X)
    x.attach_grad()
    with autograd.record():
        G = _gram(x)
    G.backward(nd.array(head))
    return x.grad.asnumpy()


def public_cases(rng):
    X = rng.normal(size=(1, 3, 4, 5)).astype("float32")
    head = rng.normal(size=(3, 3)).astype("float32")
    return {"X": X, "G": gram(X), "head": head, "grad": gram_grad(X, head)}
