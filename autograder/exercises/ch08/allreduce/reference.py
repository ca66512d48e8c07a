"""Reference `allreduce`: MXNet's kvstore ('device') push then pull sums over devices."""

import mxnet as mx
from mxnet import nd


def allreduce(values, names):
    ctx = [mx.Context(n.split("(")[0], int(n.split("(")[1].rstrip(")"))) for n in names]
    data = [nd.array(v, ctx=c) for v, c in zip(values, ctx)]
    kv = mx.kv.create("device")
    kv.init(0, nd.zeros(data[0].shape))
    kv.push(0, data)
    kv.pull(0, out=data)
    return [d.asnumpy() for d in data]


def public_cases(rng):
    return {"values": rng.normal(size=(2, 1, 3)).astype("float32")}
