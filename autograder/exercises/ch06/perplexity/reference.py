"""Reference `perplexity`: exp of the mean ``SoftmaxCrossEntropyLoss`` of the step outputs
against ``Y`` ``(batch, num_steps)`` (the outputs are concatenated step by step, so the
labels are ``Y.T`` flattened); and the values the usual mistakes give."""

import math

import numpy as np
from mxnet import gluon, nd


def perplexity(outputs, Y):
    scores = nd.concat(*[nd.array(o) for o in outputs], dim=0)
    labels = nd.array(np.asarray(Y).T.reshape(-1))
    loss = gluon.loss.SoftmaxCrossEntropyLoss()(scores, labels)
    return math.exp(float(loss.mean().asscalar()))


def cross_entropies(outputs, labels):
    """Per-prediction cross-entropy in float64."""
    scores = np.concatenate([np.asarray(o) for o in outputs]).astype(np.float64)
    scores -= scores.max(axis=1, keepdims=True)
    log_probs = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    return -log_probs[np.arange(len(labels)), np.asarray(labels).astype(int)]


def variants(outputs, Y):
    """``{mistake: value}``, what the usual mistakes give."""
    Y = np.asarray(Y)
    right = cross_entropies(outputs, Y.T.reshape(-1))
    return {
        "labels_not_transposed": math.exp(cross_entropies(outputs, Y.reshape(-1)).mean()),
        "no_exp": float(right.mean()),
        "summed": math.exp(min(right.sum(), 700.0)),  # an overflow is as good as inf here
        "base_2": 2 ** float(right.mean()),
        "averaged_exps": float(np.exp(right).mean()),
    }


def problem(rng, num_steps=4, batch_size=3, vocab_size=9, offset=0.0):
    outputs = [(rng.normal(size=(batch_size, vocab_size)) * 2
                + offset * rng.choice([-1, 1], size=(batch_size, 1))).astype("float32")
               for _ in range(num_steps)]
    Y = rng.integers(0, vocab_size, size=(batch_size, num_steps)).astype("float32")
    return outputs, Y


def public_cases(rng):
    c = {}
    for prefix, kwargs in (("", dict(num_steps=3, batch_size=2, vocab_size=7)),
                           ("large_", dict(num_steps=3, batch_size=4, vocab_size=6,
                                           offset=500.0))):
        outputs, Y = problem(rng, **kwargs)
        c[f"{prefix}outputs"], c[f"{prefix}Y"] = np.stack(outputs), Y
        c[f"{prefix}out"] = np.float64(perplexity(outputs, Y))
        for mistake, value in variants(outputs, Y).items():
            c[f"{prefix}{mistake}"] = np.float64(value)
    return c
