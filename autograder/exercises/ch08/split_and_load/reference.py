"""Reference `split_and_load`: Gluon's ``gluon.utils.split_and_load`` (even split)."""

import mxnet as mx
from mxnet import gluon, nd


def split(X, names):
    ctx = [mx.Context(n.split("(")[0], int(n.split("(")[1].rstrip(")"))) for n in names]
    return [p.asnumpy() for p in gluon.utils.split_and_load(nd.array(X), ctx, even_split=True)]


def public_cases(rng):
    return {"X": rng.normal(size=(6, 4)).astype("float32")}
