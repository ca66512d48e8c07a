"""Reference `attention_forward`: the book's computation with MXNet operators
(``nd.broadcast_axis``, ``nd.concat``, the grader's Gluon model, ``nd.softmax`` over the
time steps, ``nd.SequenceMask`` for the padded steps: the public module's ``STAND_IN``), and
its gradients through autograd."""

import numpy as np
from mxnet import autograd, nd

from d2l.selfcheck.ch10.attention_forward import public as ex


def context(model_name, enc, dec, valid_len=None, head=None):
    """The context (batch, num_hiddens); with ``head`` also the gradients of enc and dec."""
    model = ex.grader_model(model_name)
    enc, dec = nd.array(enc), nd.array(dec)
    vl = None if valid_len is None else nd.array(valid_len)
    enc.attach_grad()
    dec.attach_grad()
    with autograd.record():
        out = ex.STAND_IN(model, enc, dec, vl)
    if head is None:
        return out.asnumpy()
    out.backward(nd.array(head))
    return out.asnumpy(), enc.grad.asnumpy(), dec.grad.asnumpy()


def inputs(rng, model_name, steps, batch):
    hiddens = ex.model_weights(model_name)[0].shape[1] // 2
    enc = rng.normal(size=(steps, batch, hiddens)).astype("float32")
    dec = rng.normal(size=(batch, hiddens)).astype("float32")
    return enc, dec


def public_cases(rng):
    cases = {}
    for prefix, name, steps, batch in [("a_", "model_a", 5, 3), ("b_", "model_b", 4, 2)]:
        enc, dec = inputs(rng, name, steps, batch)
        cases.update({f"{prefix}model": np.array(ex.HELPERS.index(name)), f"{prefix}enc": enc,
                      f"{prefix}dec": dec})
        head = rng.normal(size=dec.shape).astype("float32")
        out, g_enc, g_dec = context(name, enc, dec, head=head)
        cases[f"{prefix}out"] = out
        if prefix == "a_":
            cases.update({"a_head": head, "a_grad_enc": g_enc, "a_grad_dec": g_dec})
    enc, dec = inputs(rng, "model_a", 5, 4)
    valid_len = np.array([3, 5, 0, 1], dtype="float32")
    cases.update({"m_model": np.array(ex.HELPERS.index("model_a")), "m_enc": enc, "m_dec": dec,
                  "m_valid_len": valid_len, "m_out": context("model_a", enc, dec, valid_len)})
    return cases
