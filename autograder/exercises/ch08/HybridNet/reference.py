"""Reference `HybridNet`: the book's network computed by MXNet from the student's parameters."""

from mxnet import nd


def forward(X, params, relu_layers):
    """Dense layers (MXNet's FullyConnected) with ``params``, ReLU after the first
    ``relu_layers``."""
    h = nd.array(X)
    for k in range(0, len(params), 2):
        W, b = nd.array(params[k]), nd.array(params[k + 1])
        h = nd.FullyConnected(h, W, b, num_hidden=W.shape[0])
        if k // 2 < relu_layers:
            h = nd.relu(h)
    return h.asnumpy()


def public_cases(rng):
    return {"X": rng.normal(size=(3, 4)).astype("float32")}
