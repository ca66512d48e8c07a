"""Hidden checks for `perplexity` (§6.4): exp of the mean SoftmaxCrossEntropyLoss, the step
outputs stacked step by step against the labels Y.T flattened."""

import math

import numpy as np
import pytest

from autograder.references import ch06 as ref
from autograder.testing import as_numpy, describe, expect_close, fail

pytestmark = pytest.mark.exercise("perplexity")

HINTS = [("could not be broadcast", "the labels must match the stacked outputs: "
                                    "Y.T.reshape((-1,)) gives batch_size * num_steps labels")]


def problem(rng, num_steps=4, batch_size=3, vocab_size=9, offset=0.0):
    outputs = [(rng.normal(size=(batch_size, vocab_size)) * 2
                + offset * rng.choice([-1, 1], size=(batch_size, 1))).astype("float32")
               for _ in range(num_steps)]
    Y = rng.integers(0, vocab_size, size=(batch_size, num_steps)).astype("float32")
    return outputs, Y


def value_of(got):
    arr = as_numpy(got)
    if arr is None or arr.size != 1:
        fail(f"perplexity should return a number (a Python float), got {describe(got)}")
    return float(arr.reshape(-1)[0])


def cross_entropies(outputs, labels):
    """Per-prediction cross-entropy in float64, for naming mistakes."""
    scores = np.concatenate(outputs).astype(np.float64)
    scores -= scores.max(axis=1, keepdims=True)
    log_probs = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    return -log_probs[np.arange(len(labels)), labels.astype(int)]


def diagnose(got, outputs, Y):
    right = cross_entropies(outputs, Y.T.reshape(-1))
    mistakes = [
        (math.exp(cross_entropies(outputs, Y.reshape(-1)).mean()),
         "the labels do not line up with the outputs: nd.concat(*outputs, dim=0) stacks the "
         "scores step by step, so the labels are Y.T.reshape((-1,)), not Y.reshape((-1,))"),
        (right.mean(), "this is the mean cross-entropy; the perplexity is its exponential"),
        (math.exp(right.sum()), "the cross-entropy was summed; the perplexity is the "
                                "exponential of its mean"),
        (2 ** right.mean(), "the perplexity is exp(mean cross-entropy), in base e, not 2"),
        (float(np.exp(right).mean()), "the exponentials were averaged; the perplexity is "
                                      "the exponential of the mean cross-entropy"),
    ]
    expected = ref.perplexity(outputs, Y)
    for value, message in mistakes:
        if math.isclose(got, value, rel_tol=1e-4) and not math.isclose(value, expected,
                                                                       rel_tol=1e-4):
            fail(message)


@pytest.mark.points(0.5)
def test_matches_cross_entropy(student, rng):
    """equals exp of the mean SoftmaxCrossEntropyLoss, with the labels Y.T flattened."""
    outputs, Y = problem(rng)
    got = value_of(student.perplexity(outputs, Y))
    diagnose(got, outputs, Y)
    expect_close(got, ref.perplexity(outputs, Y), "perplexity(outputs, Y)", rtol=1e-4,
                 atol=0)


@pytest.mark.points(0.5)
def test_large_scores(student, rng):
    """stays finite and exact when scores are large (adding a constant to a row changes nothing)."""
    outputs, Y = problem(rng, num_steps=3, batch_size=4, vocab_size=6, offset=500.0)
    got = value_of(student.perplexity(outputs, Y))
    if not math.isfinite(got):
        fail(f"perplexity gives {got} for scores near +-500: exp overflows in float32. "
             "Compute the cross-entropy from the scores stably (gloss.SoftmaxCrossEntropyLoss,"
             " or subtract each row's maximum before exp)")
    diagnose(got, outputs, Y)
    expect_close(got, ref.perplexity(outputs, Y), "perplexity of scores near +-500",
                 rtol=1e-4, atol=0)
