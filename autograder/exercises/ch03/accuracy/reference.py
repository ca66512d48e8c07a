"""Reference `accuracy`: ``mx.metric.Accuracy``."""

import numpy as np
from mxnet import metric, nd


def accuracy(y_hat, y):
    acc = metric.Accuracy()
    acc.update([nd.array(np.asarray(y), dtype="float32")],
               [nd.array(np.asarray(y_hat), dtype="float32")])
    return float(acc.get()[1])


def public_cases(rng):
    scores = rng.normal(size=(10, 4)).astype("float32")
    labels = rng.integers(0, 4, size=10)
    labels[:6] = scores[:6].argmax(axis=1)  # 6 or more of 10 right
    return {"y_hat": scores, "y": labels.astype("float32"),
            "y_int": labels.astype("int32"), "out": np.float32(accuracy(scores, labels))}
