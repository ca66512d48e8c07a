"""Reference `log_rmse`: the book's formula (§3.16) with ``gluon.loss.L2Loss`` on a
``Dense(1)`` net, and the inputs of the checks."""

import numpy as np
from mxnet import gluon, nd


def _nd(x):
    return nd.array(np.asarray(x), dtype="float32")


def log_rmse(weight, bias, features, labels):
    """The book's ``log_rmse`` on a ``Dense(1)`` net, with ``L2Loss`` as in §3.16."""
    net = gluon.nn.Dense(1, in_units=weight.shape[1])
    net.initialize()
    net.weight.set_data(_nd(weight))
    net.bias.set_data(_nd(bias))
    clipped = nd.clip(net(_nd(features)), 1, float("inf"))
    loss = gluon.loss.L2Loss()
    return float(nd.sqrt(2 * loss(clipped.log(), _nd(labels).log()).mean()).asscalar())


def predictions(weight, bias, features):
    """The Dense(1) net's predictions clipped to at least 1, in float64."""
    preds = np.asarray(features, "float64") @ np.asarray(weight, "float64").T + bias
    return np.maximum(preds, 1)


def case(rng, n=30, d=4, negative=False):
    """House-price-like data: labels 50,000 to 400,000, a Dense(1) net with weights of
    3,000 to 15,000 in size on features in [-1, 1]. Its predictions are 180,000 +- d x
    15,000 (none clipped for d <= 11), or, with ``negative``, a third of them 10,000 - 10
    sum |w| < -20,000 (the others 10,000 +- d x 15,000)."""
    features = rng.uniform(-1, 1, size=(n, d)).astype("float32")
    weight = (rng.choice([-1, 1], size=(1, d)) * rng.uniform(3000, 15000, size=(1, d))).astype(
        "float32")
    bias = np.array([10000.0 if negative else 180000.0], dtype="float32")
    labels = rng.uniform(50000, 400000, size=(n, 1)).astype("float32")
    if negative:
        features[: n // 3] = -10 * np.sign(weight)
    return weight, bias, features, labels


def public_cases(rng):
    weight, bias, features, labels = case(rng, n=6, d=3)
    nw, nb, nf, nl = case(rng, n=6, d=3, negative=True)
    return {"weight": weight, "bias": bias, "features": features, "labels": labels,
            "out": np.float32(log_rmse(weight, bias, features, labels)),
            "neg_weight": nw, "neg_bias": nb, "neg_features": nf, "neg_labels": nl,
            "neg_out": np.float32(log_rmse(nw, nb, nf, nl))}
