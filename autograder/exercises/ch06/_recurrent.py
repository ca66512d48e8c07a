"""Shared by the hidden checks of `rnn`, `gru` and `lstm`: run a student's model over several
steps and compare it with the reference, naming the usual mistakes with the diagnoses of
the public modules (``d2l.selfcheck.ch06.rnn.public`` and each model's own).

Every check runs fixed problems (the same in every run, so that every named mistake is
caught whatever the seed) and a random one. The outputs are also checked for one time step,
how ``predict_rnn`` calls a model.
"""

import importlib

import numpy as np

from autograder.exercises.ch06 import _models
from autograder.testing import Param, as_numpy, expect_close, fail_if
from d2l.selfcheck.ch06.rnn import public as shared

F32 = "float32"
#: Seeds of the fixed problems, per model.
FIXED_SEED = {"rnn": 6041, "gru": 6071, "lstm": 6081}


def reference(kind):
    return importlib.import_module(f"autograder.exercises.ch06.{kind}.reference")


def public(kind):
    return importlib.import_module(f"d2l.selfcheck.ch06.{kind}.public")


class Problem:
    """Random inputs, initial state and parameters for one call of a model (and head
    gradients, drawn from the same generator)."""

    def __init__(self, rng, kind, num_steps=5, batch_size=3, num_inputs=6, num_hiddens=4,
                 num_outputs=7, onehot=False):
        self.kind, self.rng = kind, rng
        self.params = _models.make_params(rng, kind, num_inputs, num_hiddens, num_outputs)
        if onehot:
            ids = rng.integers(0, num_inputs, size=(num_steps, batch_size))
            self.inputs = [np.eye(num_inputs, dtype=F32)[i] for i in ids]
        else:
            self.inputs = [rng.normal(size=(batch_size, num_inputs)).astype(F32)
                           for _ in range(num_steps)]
        self.state = tuple(rng.normal(size=(batch_size, num_hiddens)).astype(F32)
                           for _ in shared.STATE_NAMES[kind])
        self.sizes = (num_steps, batch_size, num_hiddens, num_outputs)

    def expected(self, heads=None):
        return getattr(reference(self.kind), self.kind)(self.inputs, self.state, self.params,
                                                        heads)

    def before_last(self):
        if len(self.inputs) == 1:
            return [np.asarray(s, np.float64) for s in self.state]
        return list(getattr(reference(self.kind), self.kind)(self.inputs[:-1], self.state,
                                                             self.params)[1])

    def variants(self):
        return _models.variants(self.kind, self.inputs, self.state, self.params)

    def call_text(self):
        steps, batch, hiddens, outputs = self.sizes
        return (f"{self.kind}(inputs, state, params) with {steps} steps, batch_size {batch}, "
                f"{hiddens} hidden units and {outputs} outputs")


def fixed(kind, salt):
    return np.random.default_rng([FIXED_SEED[kind], salt])


def output_problems(kind, rng):
    """Fixed problems with five steps and with one, then a random one."""
    return [Problem(fixed(kind, 0), kind), Problem(fixed(kind, 1), kind, num_steps=1),
            Problem(rng, kind)]


def state_problems(kind, rng):
    return [Problem(fixed(kind, 2), kind, onehot=True), Problem(rng, kind, onehot=True)]


def gradient_problems(kind, rng):
    return [Problem(fixed(kind, 3), kind, num_steps=4, onehot=True),
            Problem(rng, kind, num_steps=4, onehot=True)]


def run(student, problem, part, heads=None):
    """Call the student's model; returns ``(outputs, state, result)`` as NumPy arrays (None
    for the part a check is not about).

    With ``heads`` (head gradients of the outputs and of the state), the state and the
    parameters are sent as arrays with gradients and the result is back-propagated.
    """
    kind = problem.kind
    if heads is None:
        result = student.call(kind, problem.inputs, problem.state, problem.params)
    else:
        state = tuple(Param(s) for s in problem.state)
        params = [Param(p) for p in problem.params]
        result = student.call(kind, problem.inputs, state, params, backward=True,
                              head_grad=(list(heads[0]), tuple(heads[1])))
    problem_text, outputs, state = shared.split_result(kind, result.value, problem.sizes, part)
    fail_if(problem_text)
    return outputs, state, result


def check_outputs(student, problem):
    """The step outputs match the reference, or the mistake they show is named."""
    outputs, _, _ = run(student, problem, "outputs")
    expected, _ = problem.expected()
    fail_if(shared.outputs_mistake(public(problem.kind).DIAGNOSES, outputs, expected,
                                   problem.variants(), problem.sizes[2]))
    for t, (y, e) in enumerate(zip(outputs, expected)):
        expect_close(y, e, f"the output of step {t} of {problem.call_text()}",
                     rtol=shared.RTOL, atol=shared.ATOL)


def check_state(student, problem):
    """The returned state is the state after the last step, in the book's order."""
    _, state, _ = run(student, problem, "state")
    _, expected = problem.expected()
    fail_if(shared.state_mistake(problem.kind, public(problem.kind).DIAGNOSES, state,
                                 list(expected), list(problem.state), problem.before_last(),
                                 problem.variants()))
    for name, s, e in zip(shared.STATE_NAMES[problem.kind], state, expected):
        expect_close(s, e, f"the returned {name} after {len(problem.inputs)} steps",
                     rtol=shared.RTOL, atol=shared.ATOL)


def check_gradients(student, problem):
    """Back-propagate from every output and the final state (random head gradients) and
    compare the gradients of the initial state and the parameters with the reference's."""
    steps, batch, hiddens, num_outputs = problem.sizes
    rng = problem.rng
    head_out = [rng.normal(size=(batch, num_outputs)).astype(F32) for _ in range(steps)]
    head_state = [rng.normal(size=(batch, hiddens)).astype(F32) for _ in problem.state]
    got_out, _, result = run(student, problem, "both", (head_out, head_state))
    expected = problem.expected((head_out, head_state))
    fail_if(shared.outputs_wrong_for_gradients(got_out, expected[0], problem.call_text()))
    grads = [as_numpy(g) for g in result.param_grads]
    want = list(expected[2]) + list(expected[3])
    fail_if(shared.gradients_mistake(problem.kind, grads, want))
    for name, g, w in zip(shared.gradient_names(problem.kind), grads, want):
        expect_close(g, w, f"the gradient with respect to {name} over {steps} steps",
                     rtol=shared.GRAD_RTOL, atol=shared.GRAD_ATOL)
