"""Hidden checks for `init_adam_states` and `adam` (§7.8).

Two references: MXNet's Adam optimizer, whose epsilon is set before step t to
1e-6 * sqrt(1 - beta2**t) so that it adds epsilon where the book does (MXNet adds it to the
uncorrected sqrt(s)), and the book's formula written with MXNet operators, used with
gradients near 1e-6, where a missing bias correction or a misplaced epsilon changes the
step a lot (with ordinary gradients the placement of epsilon hardly matters).
"""

import numpy as np
import pytest

from autograder.references import ch07 as ref
from autograder.testing import fail

from . import steps

pytestmark = pytest.mark.exercise("adam")

HINTS = [*steps.HINTS,
         ("KeyError", "adam's hyperparams holds 'lr' and 't' (the number of the step being "
                      "taken, from 1)"),
         ("not enough values to unpack", "each entry of states is a pair (v, s): "
                                         "for p, (v, s) in zip(params, states)"),
         ("float division by zero", "the bias correction divides by 1 - beta ** t, which is "
                                    "0 for t = 0: hyperparams['t'] is already the number of "
                                    "the step being taken, starting at 1")]

STEPS = 3
SHAPES = [(5, 1), (1,)]
B1, B2, EPS = ref.BETA1, ref.BETA2, ref.EPS_ADAM
LABELS = ("v", "s")


def model(params, grads, lr, t=1, correct_v=True, correct_s=True, shift=0, advance=1,
          per_param=False, eps="book", betas=(B1, B2)):
    """The book's Adam and its usual mistakes: ``shift`` is added to t in the correction,
    ``advance`` is how much t grows per call (or per parameter), ``eps`` is "book",
    "inside" (under the root) or "mxnet" (added to the uncorrected root)."""
    b1, b2 = betas

    def update(ps, gs, states, hyper):
        out_p, out_states = [], []
        for p, g, (v, s) in zip(ps, gs, states):
            step = hyper["t"] + shift
            v = b1 * v + (1 - b1) * g
            s = b2 * s + (1 - b2) * g * g
            c1, c2 = 1 - b1 ** step, 1 - b2 ** step
            v_hat = v / c1 if correct_v else v
            s_hat = s / c2 if correct_s else s
            if eps == "inside":
                denominator = np.sqrt(s_hat + EPS)
            elif eps == "mxnet":
                denominator = (np.sqrt(s) + EPS) / np.sqrt(c2)
            else:
                denominator = np.sqrt(s_hat) + EPS
            out_p.append(p - lr * v_hat / denominator)
            out_states.append((v, s))
            if per_param:
                hyper["t"] += advance
        if not per_param:
            hyper["t"] += advance
        return out_p, out_states

    zeros = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    return steps.simulate(update, params, grads, zeros, {"t": t})[0]


def mistakes(params, grads, lr):
    def m(**kwargs):
        return model(params, grads, lr, **kwargs)

    return [
        ("no bias correction: divide v by 1 - beta1**t and s by 1 - beta2**t before the step",
         m(correct_v=False, correct_s=False)),
        ("only v is bias-corrected: s_hat = s / (1 - beta2**t) too", m(correct_s=False)),
        ("only s is bias-corrected: v_hat = v / (1 - beta1**t) too", m(correct_v=False)),
        ("the bias correction uses t + 1: hyperparams['t'] is already the number of the step "
         "being taken (1 on the first call); add 1 to it after the step", m(shift=1)),
        ("the bias correction is stuck at the first step: add 1 to hyperparams['t'] after "
         "each call", m(advance=0)),
        ("hyperparams['t'] goes up once per parameter: add 1 once per call, after the loop",
         m(per_param=True)),
        ("epsilon is added to the uncorrected sqrt(s), as MXNet's Adam does; the book adds it "
         "to sqrt(s_hat), the bias-corrected root", m(eps="mxnet")),
        ("epsilon is inside the square root: the book divides by sqrt(s_hat) + eps",
         m(eps="inside")),
        ("beta1 and beta2 are swapped: beta1 = 0.9 averages the gradients, beta2 = 0.999 "
         "their squares", m(betas=(B2, B1))),
    ]


def run(student, params, grads, lr):
    zeros = steps.zeros_like(params, parts=2)
    return steps.run(student, "adam", params, grads, zeros, {"lr": lr, "t": 1}, parts=2)


@pytest.mark.points(1)
def test_init_states(student, rng):
    """init_adam_states() gives ((v_w, s_w), (v_b, s_b)), zeros shaped like w and b."""
    steps.check_init(student, "init_adam_states", rng, LABELS)


@pytest.mark.points(1)
def test_matches_mxnet(student, rng):
    """matches MXNet's Adam (epsilon mapped to the book's placement) over three steps from t = 1."""
    params = steps.arrays(rng, SHAPES)
    grads = steps.gradients(rng, SHAPES, STEPS)
    lr = float(rng.uniform(0.005, 0.02))
    got = run(student, params, grads, lr)
    # With gradients of 0.5 or more, where epsilon goes moves no step by 5e-6 (lr * 2.5e-4).
    steps.name_mistake(got.params, model(params, grads, lr), mistakes(params, grads, lr),
                       rtol=1e-5, atol=1e-5)
    expected, states = ref.adam(params, grads, lr)
    steps.expect_steps(got.params, expected, "parameter", rtol=1e-5, atol=1e-5)
    # MXNet holds beta2 in float32, so its 1 - beta2 is off by 1.3e-5 (relative).
    for k, label in enumerate(LABELS):
        steps.expect_steps(steps.state_part(got, k, LABELS),
                           [[st[k] for st in step] for step in states],
                           f"the state {label} of parameter", rtol=1e-4, atol=1e-9)


@pytest.mark.points(1)
def test_tiny_gradients(student, rng):
    """follows the book's formula for gradients near 1e-6 (bias correction, epsilon placement)."""
    params = steps.arrays(rng, SHAPES, scale=1e-3)
    grads = [steps.arrays(rng, SHAPES, scale=1e-6) for _ in range(STEPS)]
    lr = float(rng.uniform(0.005, 0.05))
    got = run(student, params, grads, lr)
    steps.name_mistake(got.params, model(params, grads, lr), mistakes(params, grads, lr),
                       rtol=1e-4, atol=1e-9)
    expected, _ = ref.adam_book(params, grads, lr)
    steps.expect_steps(got.params, expected, "parameter", rtol=1e-4, atol=1e-9)


@pytest.mark.points(1)
def test_step_counter(student, rng):
    """adds 1 to hyperparams['t'] on every call, once, after updating all parameters."""
    params = steps.arrays(rng, SHAPES)
    grads = [steps.arrays(rng, SHAPES) for _ in range(3)]
    start = int(rng.integers(3, 10))
    states = tuple((rng.normal(size=p.shape).astype("float32") * 0.1,
                    rng.uniform(0.5, 1.5, size=p.shape).astype("float32")) for p in params)
    got = steps.run(student, "adam", params, grads, states, {"lr": 0.01, "t": start}, parts=2,
                    strict=False)
    counts = [hyper.get("t") for hyper in got.hyperparams]
    if counts[0] == start:
        fail(f"hyperparams['t'] stayed {start}: add 1 after each call (hyperparams['t'] += 1), "
             "or the bias correction never moves on")
    if counts[0] == start + len(params):
        fail(f"one call took hyperparams['t'] from {start} to {counts[0]}, once per "
             "parameter: add 1 once per call, after the loop over the parameters")
    expected = [start + k for k in range(1, len(grads) + 1)]
    if counts != expected:
        fail(f"over three calls from t = {start}, hyperparams['t'] went {counts}; expected "
             f"{expected} (add 1 once per call)")
