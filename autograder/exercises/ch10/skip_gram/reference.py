"""Reference `skip_gram`: Gluon ``nn.Embedding`` layers and ``nd.batch_dot`` (the book's
form), and the gradients of both embedding weights by autograd."""

from mxnet import autograd, nd
from mxnet.gluon import nn


def _layer(W):
    layer = nn.Embedding(W.shape[0], W.shape[1])
    layer.initialize()
    layer.weight.set_data(nd.array(W))
    return layer


def skip_gram(center, cn, Wv, Wu, head=None):
    """The output, and with ``head`` also the gradients of Wv and Wu."""
    embed_v, embed_u = _layer(Wv), _layer(Wu)
    with autograd.record():
        v = embed_v(nd.array(center))
        u = embed_u(nd.array(cn))
        out = nd.batch_dot(v, u.swapaxes(1, 2))
    if head is None:
        return out.asnumpy()
    out.backward(nd.array(head))
    return out.asnumpy(), embed_v.weight.grad().asnumpy(), embed_u.weight.grad().asnumpy()


def batch(rng, B, L, vocab, E):
    center = rng.integers(0, vocab, size=(B, 1)).astype("float32")
    cn = rng.integers(0, vocab, size=(B, L)).astype("float32")
    Wv = rng.normal(size=(vocab, E)).astype("float32")
    Wu = rng.normal(size=(vocab, E)).astype("float32")
    return center, cn, Wv, Wu


def public_cases(rng):
    cases = {}
    for i, (B, L, vocab, E) in enumerate([(3, 5, 10, 4), (2, 6, 8, 3)]):
        center, cn, Wv, Wu = batch(rng, B, L, vocab, E)
        cases.update({f"center{i}": center, f"cn{i}": cn, f"Wv{i}": Wv, f"Wu{i}": Wu,
                      f"out{i}": skip_gram(center, cn, Wv, Wu)})
    return cases
