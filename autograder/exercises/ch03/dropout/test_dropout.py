"""Hidden checks for `dropout` (§3.13): masks are random, so check their statistics.

The reference is nd.Dropout in training mode: it keeps each entry with probability
1 - p and scales kept entries by 1 / (1 - p).
"""

import numpy as np
import pytest

from autograder.references import ch03 as ref
from autograder.testing import as_numpy, expect, expect_close, fail

pytestmark = pytest.mark.exercise("dropout")


def run(student, X, p, **kwargs):
    got = as_numpy(student.call("dropout", X, p, train_mode=True, **kwargs).value)
    if got is None or got.shape != X.shape:
        fail(f"dropout should return an array of X's shape {X.shape}")
    return got


def whole_lines_dropped(out):
    """True when most rows (or most columns) are all dropped or all kept, though some
    entries are dropped and some kept."""
    if (out == 0).all() or (out != 0).all():
        return False
    rows = (out == 0).all(axis=1) | (out != 0).all(axis=1)
    cols = (out == 0).all(axis=0) | (out != 0).all(axis=0)
    return rows.mean() >= 0.5 or cols.mean() >= 0.5


@pytest.mark.points(0.5)
def test_statistics(student, rng):
    """drops a fraction p of the entries and scales the others by 1 / (1 - p)."""
    p = float(rng.choice([0.2, 0.3, 0.6]))
    X = rng.uniform(1, 2, size=(400, 500)).astype("float32")
    out = run(student, X, p)
    if not (out == 0).any():
        fail(f"with drop_prob={p} no entry was dropped: zero each entry with probability "
             "drop_prob (nd.random.uniform(0, 1, X.shape) < keep_prob)")
    if whole_lines_dropped(out):
        fail("whole rows or columns are dropped together, so the fraction dropped varies "
             "wildly: draw one random number per entry (nd.random.uniform(0, 1, X.shape))")
    dropped = float((out == 0).mean())
    tolerance = 6 * np.sqrt(p * (1 - p) / X.size)  # six standard deviations
    reference = float((ref.dropout_train(X, p) == 0).mean())
    if abs(dropped - (1 - p)) < tolerance and abs(p - 0.5) > 0.05:
        fail(f"with drop_prob={p} it dropped {dropped:.1%} of the entries, about 1 - p: "
             "drop_prob is the probability of dropping, keep_prob = 1 - drop_prob")
    expect(abs(dropped - p) < tolerance,
           f"with drop_prob={p} it dropped {dropped:.1%} of the entries; nd.Dropout drops "
           f"{reference:.1%} (expected {p:.0%} within {tolerance:.2%})")
    kept = out != 0
    scale = out[kept] / X[kept]
    if np.allclose(scale, 1, rtol=1e-4):
        fail("kept entries are not rescaled: divide them by keep_prob = 1 - drop_prob")
    if np.allclose(scale, 1 - p, rtol=1e-4):
        fail("kept entries are multiplied by keep_prob; divide by it instead")
    expect_close(scale, np.full_like(scale, 1 / (1 - p)), "the scale of kept entries",
                 rtol=1e-4, atol=0)


@pytest.mark.points(0.5)
def test_edge_probabilities(student, rng):
    """returns X for drop_prob 0 and zeros (no NaN) for drop_prob 1."""
    X = rng.normal(size=(20, 30)).astype("float32")
    expect_close(run(student, X, 0.0), X, "dropout(X, 0)", rtol=1e-6, atol=0)
    out = run(student, X, 1.0)
    if not np.isfinite(out).all():
        fail("dropout(X, 1) contains NaN or inf: when keep_prob is 0 return zeros instead of "
             "dividing by 0")
    expect(np.all(out == 0), "dropout(X, 1) should be all zeros")


@pytest.mark.points(0.5)
def test_masks_are_random(student, rng):
    """draws an independent mask entry for every element, anew on every call."""
    X = np.ones((300, 300), dtype="float32")
    a, b = run(student, X, 0.5), run(student, X, 0.5)
    expect(not np.array_equal(a == 0, b == 0),
           "two calls dropped exactly the same entries: draw a new random mask on every call")
    expect(not whole_lines_dropped(a),
           "whole rows or columns are dropped together: draw one random number per entry "
           "(nd.random.uniform(0, 1, X.shape))")


@pytest.mark.points(0.5)
def test_gradient(student, rng):
    """passes gradients only through kept entries, scaled by 1 / (1 - p)."""
    p = 0.4
    X = rng.uniform(1, 2, size=(50, 40)).astype("float32")
    result = student.call("dropout", X, p, grad=[0], head_grad=np.ones_like(X), train_mode=True)
    out = as_numpy(result.value)
    if out is None or out.shape != X.shape:
        fail(f"dropout should return an array of X's shape {X.shape}")
    # The expected gradient comes from the submission's own mask, so the mask must be
    # plausible first: 2,000 entries at p = 0.4 drop between 30% and 50% (over 9 sigma).
    dropped = float((out == 0).mean())
    expect(0.3 < dropped < 0.5 and not whole_lines_dropped(out),
           f"with p = 0.4 the output has {dropped:.0%} of its entries dropped, "
           f"{'in whole rows or columns' if whole_lines_dropped(out) else 'not about 40%'}: "
           "drop each entry independently with probability p")
    expected = np.where(out != 0, 1 / (1 - p), 0).astype("float32")
    expect_close(result.grads[0], expected, "the gradient with respect to X (mask / keep_prob)",
                 rtol=1e-4, atol=1e-6)
