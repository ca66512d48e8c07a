"""Shared by chapter 7's hidden checks: driving a student's optimizer over several steps.

The book's updates have the signature ``update(params, states, hyperparams)`` and work in
place: ``train_ch7`` calls them once per minibatch and never looks at a return value. A check
calls the student's update once per step, sending the parameters (with their gradients),
the states and the hyperparameters, and carries what the call left in them into the next
step, just as training does. Parameters arrive as a tuple, so ``params[i] = ...`` (which
would change only the list, never the model) fails loudly; the chapter's ``HINTS`` name it.

What a run left is a :class:`~d2l.selfcheck.ch07.Trajectory`, the record the public check
makes too, and the diagnoses that read it are the public ones (``d2l.selfcheck.ch07`` and
the exercises' public modules): a mistake is named only after the result disagrees with
MXNet, by the same words in both places.

Every check runs a FIXED case first (:func:`fixed_rng`: the same inputs in every run, chosen
so that each mistake the check names shows) and then random ones from the ``rng`` fixture.
"""

import zlib

import numpy as np

from autograder.testing import Param, expect_close, fail, fail_if, is_ndarray
from d2l.selfcheck import ch07 as common

F32 = "float32"


def fixed_rng(name):
    """A generator that gives the same numbers in every run (the fixed cases)."""
    return np.random.default_rng(zlib.crc32(f"ch07/{name}/fixed".encode()))


def arrays(rng, shapes, scale=1.0):
    return [(rng.normal(size=s) * scale).astype(F32) for s in shapes]


def gradients(rng, shapes, steps, scale=1.0):
    """Gradients for ``steps`` steps, each entry between 0.5 and 2 in size (times
    ``scale``) with a random sign: large enough that where epsilon goes changes the step by
    less than the tolerance (the checks with tiny gradients, ``scale=1e-6``, are the ones
    about epsilon; bounded, so that what else changes their steps stays far below theirs)."""
    return [[(rng.uniform(0.5, 2, size=s) * rng.choice([-1, 1], size=s) * scale).astype(F32)
             for s in shapes] for _ in range(steps)]


def zeros_like(params, parts=1):
    """States in the book's layout: one zero array per parameter, or a tuple of ``parts``."""
    if parts == 1:
        return tuple(np.zeros_like(p) for p in params)
    return tuple(tuple(np.zeros_like(p) for _ in range(parts)) for p in params)


def run(student, name, params, grads, states, hyperparams, parts=1):
    """Call ``name(params, states, hyperparams)`` once per entry of ``grads`` (a list over
    steps of gradients per parameter), carrying params, states and hyperparams over; returns
    the :class:`~d2l.selfcheck.ch07.Trajectory`. ``parts`` is the number of state arrays per
    parameter (0: no state)."""
    current = [np.asarray(p, F32) for p in params]
    out = common.Trajectory(current, states, parts)
    state, hyper = states, dict(hyperparams)
    for step_grads in grads:
        result = student.call(name, tuple(Param(p, g) for p, g in zip(current, step_grads)),
                              state, hyper, return_args=True)
        params_after, state_after, hyper_after = result.args_after
        fail_if(out.record(params_after, state_after, hyper_after, result.value is not None))
        current = [p.astype(F32) for p in out.params[-1]]
        state, hyper = state_after, out.hyperparams[-1]
    return out


def expect_steps(got, expected, what, rtol, atol):
    """Compare parameters (or states) step by step; the message names the first bad step."""
    for step, (g, e) in enumerate(zip(got, expected), start=1):
        for k, (a, b) in enumerate(zip(g, e)):
            expect_close(a, b, f"{what} {k} after step {step}", rtol=rtol, atol=atol)


def states_of(trajectory, labels):
    """Every state of the trajectory, by label (fails when the layout was lost)."""
    fail_if(common.lost_layout(trajectory, labels))
    return [common.state_part(trajectory, k) for k in range(len(labels))]


def check_init(student, name, num_inputs, labels):
    """Call the book's ``init_*_states()`` with a global ``features`` of ``num_inputs``
    columns; fails with the public diagnosis unless it returns the book's zero states."""
    features = np.zeros((4, num_inputs), dtype=F32)
    states = student.call(name, globals={"features": features}).value
    fail_if(common.init_problem(name, states, labels, num_inputs, is_ndarray))


# --- the 2-D traces ---------------------------------------------------------------------


def numbers(value, name, count=4):
    """The first ``count`` entries of a 2-D trainer's result as floats."""
    got, problem = common.numbers(value, name, count)
    if problem:
        fail(problem)
    return got


def point(rng, low=0.5, high=4.0):
    """A random starting point away from the axes, both signs possible."""
    return [float(v) for v in rng.uniform(low, high, size=2) * rng.choice([-1, 1], size=2)]
