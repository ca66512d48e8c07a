"""Hidden checks for `attention_forward` (§10.11): the context computed with MXNet operators
(the public module's STAND_IN: broadcast, concat, the model, nd.softmax over the time
steps, nd.SequenceMask for padded steps) on the grader's models (the book's attention_model
with fixed weights), gradients through autograd. The checks without a mask call the
function with the book's three arguments; the mask check passes valid_len fourth."""

import zlib

import numpy as np
import pytest

from autograder.exercises.ch10.attention_forward import reference as ref
from autograder.testing import StandIn, expect_close, fail_if
from d2l.compare import mismatch
from d2l.selfcheck.ch10.attention_forward import public as ex

pytestmark = pytest.mark.exercise("attention_forward")

STAND_INS = dict(ex.STAND_INS)
CONFIGS = [("model_a", 6, 3), ("model_b", 4, 2), ("model_a", 1, 2)]  # (model, steps, batch)


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/attention_forward/{key}".encode()))


def call(student, name, enc, dec, *valid_len, **options):
    model = StandIn(f"attention_forward.{name}")
    return student.call("attention_forward", model, enc, dec, *valid_len,
                        stand_ins=STAND_INS, **options)


@pytest.mark.points(1)
def test_context(student, rng):
    """without a mask, the context of the book's attention: softmax of the scores over the
    time steps, weighted sum of the encoder states."""
    for r in [fixed_rng("context"), rng]:
        for name, steps, batch in CONFIGS:
            enc, dec = ref.inputs(r, name, steps, batch)
            got = call(student, name, enc, dec).value
            fail_if(ex.diagnose(got, enc, dec, *ex.model_weights(name)))
            expect_close(got, ref.context(name, enc, dec), f"the context of a {enc.shape} "
                         "input", rtol=ex.RTOL, atol=ex.ATOL)


@pytest.mark.points(0.5)
def test_gradients(student, rng):
    """passes the right gradients to enc_states and dec_state (no mask)."""
    for r in [fixed_rng("gradients"), rng]:
        enc, dec = ref.inputs(r, "model_b", 5, 3)
        head = r.normal(size=dec.shape).astype("float32")
        result = call(student, "model_b", enc, dec, grad=[1, 2], head_grad=head)
        out, g_enc, g_dec = ref.context("model_b", enc, dec, head=head)
        problem = mismatch(result.value, out, ex.RTOL, ex.ATOL, name="the context")
        fail_if(problem and f"the context is wrong, so its gradients cannot be checked: "
                            f"{problem}")
        fail_if(ex.gradient_problem(result.grads, [g_enc, g_dec]))


@pytest.mark.points(0.5)
def test_mask(student, rng):
    """with valid_len, the padded steps get weight 0 and the valid ones are renormalised;
    a source of valid length 0 gets context 0; gradients stay finite (the book's
    attention_forward has no valid_len: it loses these points, as the notebook says)."""
    r = fixed_rng("mask")
    cases = [(r, "model_a", 5, np.array([3, 5, 0, 1], "float32"))]
    batch = 4
    vl = rng.integers(0, 7, size=batch)
    vl[rng.integers(batch)] = 0
    cases.append((rng, "model_b", 6, vl.astype("float32")))
    for source, name, steps, valid_len in cases:
        enc, dec = ref.inputs(source, name, steps, len(valid_len))
        head = source.normal(size=dec.shape).astype("float32")
        result = call(student, name, enc, dec, valid_len, grad=[1, 2], head_grad=head)
        out, g_enc, g_dec = ref.context(name, enc, dec, valid_len, head=head)
        fail_if(ex.diagnose(result.value, enc, dec, *ex.model_weights(name), valid_len))
        expect_close(result.value, out, f"the context with valid_len = "
                     f"{valid_len.astype(int).tolist()}", rtol=ex.RTOL, atol=ex.ATOL)
        fail_if(ex.gradient_problem(result.grads, [g_enc, g_dec]))
