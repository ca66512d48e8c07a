"""`attention_forward` (§10.11, the book's code is in §10.12 机器翻译): what the student sees,
the public checks, the named mistakes and the grader's correct version (``STAND_IN``) the
checks of the §10.12 decoder use.

``attention_forward(model, enc_states, dec_state, valid_len=None)``: ``enc_states``
``(num_steps, batch, num_hiddens)`` time-major, ``dec_state`` ``(batch, num_hiddens)``,
``valid_len`` ``(batch,)`` or None. The scores ``e = model([h_t; s])`` ``(num_steps, batch,
1)`` are normalised over the time steps (axis 0) into the weights ``alpha``; the context is
``sum_t alpha_t h_t`` ``(batch, num_hiddens)``. With ``valid_len`` the steps
``t >= valid_len[b]`` get weight 0 and the others are renormalised; a source of valid length
0 gets all weights 0 (its context is 0).

The checks judge the function on its own: the model they pass is one of the grader's
(``HELPERS``: the book's ``attention_model`` with fixed weights), and the notebook's
``masked_softmax`` is the grader's correct one while they run (``STAND_INS``).
"""

import numpy as np
from mxnet import autograd, nd

from d2l.compare import as_array, mismatch
from d2l.registry import Forbidden

SECTION = "§10.11 注意力机制"
FORBIDDEN = Forbidden()  # no built-in does this; the grader's stand-in is forbidden by default
STAND_INS = {"masked_softmax": "masked_softmax"}
HELPERS = ("model_a", "model_b")
HINTS = [("positional argument", "attention_forward takes an optional fourth argument "
                                 "valid_len (the book's has none): "
                                 "def attention_forward(model, enc_states, dec_state, "
                                 "valid_len=None)")]

# Context vectors are sums of num_steps products of weights (<= 1) and states of scale 1,
# after a softmax of scores of scale ~3 computed in float32: any sound order of operations
# agrees to ~1e-6; 1e-4 relative and 1e-5 absolute leave a margin of ten and more. The
# gradients run back through the softmax and the two layers: ten times more.
RTOL, ATOL = 1e-4, 1e-5
GRAD_RTOL, GRAD_ATOL = 1e-3, 1e-4
NEG = -1e6


def attention_forward_stand_in(model, enc_states, dec_state, valid_len=None):
    """The book's additive attention, with an optional mask: enc_states (num_steps, batch,
    num_hiddens) time-major, dec_state (batch, num_hiddens), valid_len (batch,) or None.
    Returns the context (batch, num_hiddens). Steps t >= valid_len[b] get weight 0; a source
    of valid length 0 gets all weights 0 (its context is 0)."""
    dec_states = nd.broadcast_axis(dec_state.expand_dims(0), axis=0, size=enc_states.shape[0])
    e = model(nd.concat(enc_states, dec_states, dim=2))  # (num_steps, batch, 1)
    if valid_len is None:
        alpha = nd.softmax(e, axis=0)
    else:
        valid_len = valid_len.astype("float32")
        e = nd.SequenceMask(e, valid_len, use_sequence_length=True, value=NEG)
        keep = nd.SequenceMask(nd.ones_like(e), valid_len, use_sequence_length=True, value=0)
        alpha = nd.softmax(e, axis=0) * keep
    return (alpha * enc_states).sum(axis=0)


STAND_IN = attention_forward_stand_in


# --- the grader's models: the book's attention_model with fixed weights -------------------

# (num_hiddens, attention_size, seed): model_a scores 2 * 4 features, model_b 2 * 3.
_MODELS = {"model_a": (4, 6, 101), "model_b": (3, 5, 202)}
_BUILT = {}


def model_weights(name):
    """The fixed weights W1 (attention_size, 2 num_hiddens) and W2 (1, attention_size) of
    the grader's model ``name``: large enough that tanh bends and the weights over the time
    steps are far from uniform."""
    hiddens, size, seed = _MODELS[name]
    rng = np.random.default_rng(seed)
    W1 = rng.normal(size=(size, 2 * hiddens)).astype("float32") * 0.8
    W2 = rng.normal(size=(1, size)).astype("float32") * 1.5
    return W1, W2


def grader_model(name):
    """The book's ``attention_model`` (two Dense layers, tanh, no bias, flatten=False) with
    the fixed weights of ``name``, built once."""
    if name not in _BUILT:
        from mxnet.gluon import nn

        W1, W2 = model_weights(name)
        model = nn.Sequential(prefix=f"grader_{name}_")
        with model.name_scope():
            model.add(nn.Dense(W1.shape[0], activation="tanh", use_bias=False, flatten=False,
                               in_units=W1.shape[1]),
                      nn.Dense(1, use_bias=False, flatten=False, in_units=W1.shape[0]))
        model.initialize()
        for p, w in zip(model.collect_params().values(), (W1, W2)):
            p.set_data(nd.array(w))
        _BUILT[name] = model
    return _BUILT[name]


def __getattr__(name):  # the HELPERS, built when first asked for
    if name in _MODELS:
        return grader_model(name)
    raise AttributeError(name)


# --- the named mistakes: what wrong versions compute (float64 NumPy) ------------------------


def additive(enc, dec, W1, W2, valid_len=None, variant=None):
    """The context of additive attention, or of the named ``variant`` of it."""
    enc, dec = np.asarray(enc, np.float64), np.asarray(dec, np.float64)
    T = enc.shape[0]
    decs = np.broadcast_to(dec[None], enc.shape)
    cat = np.concatenate([decs, enc] if variant == "swapped" else [enc, decs], axis=2)
    e = np.tanh(cat @ np.asarray(W1, np.float64).T) @ np.asarray(W2, np.float64).T
    if variant == "no_softmax":
        return (e * enc).sum(axis=0)
    if valid_len is None:
        axis = 1 if variant == "batch_axis" else 0
        alpha = np.exp(e - e.max(axis=axis, keepdims=True))
        alpha /= alpha.sum(axis=axis, keepdims=True)
        return (alpha * enc).sum(axis=0)
    vl = np.asarray(valid_len, np.float64)
    if variant == "one_more":
        vl = np.minimum(vl + 1, T)
    elif variant == "one_fewer":
        vl = np.maximum(vl - 1, 0)
    mask = (np.arange(T)[:, None] < vl[None, :])[:, :, None]
    if variant == "mask_after":
        alpha = np.exp(e - e.max(axis=0, keepdims=True))
        alpha = alpha / alpha.sum(axis=0, keepdims=True) * mask
    elif variant == "mask_zero":
        z = np.where(mask, e, 0.0)
        alpha = np.exp(z - z.max(axis=0, keepdims=True))
        alpha /= alpha.sum(axis=0, keepdims=True)
    else:
        z = np.where(mask, e, -np.inf)
        top = np.where(mask.any(axis=0, keepdims=True), z.max(axis=0, keepdims=True), 0.0)
        alpha = np.where(mask, np.exp(z - top), 0.0)
        total = alpha.sum(axis=0, keepdims=True)
        alpha = np.divide(alpha, total, out=np.zeros_like(alpha), where=total > 0)
        if variant == "uniform_empty":
            alpha = np.where(mask.any(axis=0, keepdims=True), alpha, 1.0 / T)
    return (alpha * enc).sum(axis=0)


def _close(a, b):
    return np.shape(a) == np.shape(b) and np.allclose(a, b, 1e-4, 1e-5)


UNMASKED = {
    "batch_axis": ("the attention weights are normalised over the batch (axis=1): softmax "
                   "over the time steps, axis=0 of the (num_steps, batch, 1) scores"),
    "swapped": ("the model scores [s; h] instead of [h_t; s]: concatenate the encoder "
                "states first, then the broadcast decoder state, nd.concat(enc_states, "
                "dec_states, dim=2), as the book's model expects"),
    "no_softmax": ("the scores are used as weights without a softmax: alpha = "
                   "softmax(e) over the time steps"),
}

MASKED = {
    "mask_after": ("the padded steps are zeroed after the softmax without renormalising: the "
                   "weights of the valid steps no longer sum to 1. Mask the scores with a "
                   "large negative value (nd.SequenceMask(e, valid_len, "
                   "use_sequence_length=True, value=-1e6)) before the softmax"),
    "mask_zero": ("the padded scores are set to 0 before the softmax, so the padded steps "
                  "still get weight exp(0): mask them with a large negative value such as "
                  "-1e6"),
    "one_more": ("one step too many is kept: steps t < valid_len[b] are valid, "
                 "t = valid_len[b] is padding"),
    "one_fewer": ("one step too few is kept: steps 0 .. valid_len[b] - 1 are valid"),
    "uniform_empty": ("a source of valid length 0 gets the average of all steps (uniform "
                      "weights: the softmax of scores that are all -1e6): define its weights "
                      "as all 0, so its context is 0, e.g. multiply the weights by the mask"),
}


def diagnose(got, enc, dec, W1, W2, valid_len=None):
    """The named mistake that gives ``got``, or None."""
    arr = as_array(got)
    T, B, H = np.shape(enc)
    if arr is None:
        return None
    if arr.shape != (B, H):
        if arr.shape == (T, B, H):
            return ("the result has shape (num_steps, batch, num_hiddens): sum the weighted "
                    "states over the time steps, (alpha * enc_states).sum(axis=0)")
        return None
    arr = np.asarray(arr, np.float64)
    if valid_len is not None:
        vl = np.asarray(valid_len)
        broken = ~np.isfinite(arr).all(axis=1)
        if broken.any() and (vl[broken] == 0).all():
            return ("a source of valid length 0 gives NaN: with every step masked (by "
                    "-inf, or weights divided by a sum of 0) the softmax is 0 / 0. Mask "
                    "with a large finite value such as -1e6 and define the weights of an "
                    "empty source as all 0 (context 0)")
    right = additive(enc, dec, W1, W2, valid_len)
    if _close(arr, right):
        return None
    table = UNMASKED if valid_len is None else {**MASKED, **UNMASKED}
    for variant, message in table.items():
        wrong = additive(enc, dec, W1, W2, valid_len, variant)
        if _close(arr, wrong) and not _close(right, wrong):
            return message
    return None


def softmax_over_batch(got, expected_wrong):
    """The softmax ran over the batch axis instead of the time steps."""
    arr = as_array(got)
    if arr is not None and expected_wrong is not None and arr.shape == expected_wrong.shape \
            and np.allclose(arr, expected_wrong, 1e-4, 1e-5):
        return UNMASKED["batch_axis"]
    return None


NO_GRADIENT = ("no gradient reaches enc_states or dec_state: the context was computed "
               "outside autograd (NumPy, .asnumpy() or nd.array(...)); use NDArray "
               "operations only")


def gradient_problem(grads, want, names=("enc_states", "dec_state")):
    """What is wrong with the gradients of the inputs, or None."""
    if len(grads) != len(want) or any(as_array(g) is None for g in grads):
        return NO_GRADIENT
    for name, g, w in zip(names, grads, want):
        g = np.asarray(as_array(g), np.float64)
        if g.shape == np.shape(w) and not np.isfinite(g).all():
            return (f"the gradient with respect to {name} contains NaN or infinity: masking "
                    "with -inf makes exp(-inf - (-inf)) = NaN in a source of valid length "
                    "0, and the gradient flows through it even where nd.where hides it in "
                    "the result. Mask with a large finite value such as -1e6")
        if not np.any(g) and np.any(w):
            return NO_GRADIENT
    for name, g, w in zip(names, grads, want):
        problem = mismatch(g, w, GRAD_RTOL, GRAD_ATOL,
                           name=f"the gradient with respect to {name}")
        if problem:
            return problem
    return None


# --- the public checks ----------------------------------------------------------------------


def _inputs(cases, prefix):
    return (nd.array(cases[f"{prefix}enc"]), nd.array(cases[f"{prefix}dec"]),
            HELPERS[int(cases[f"{prefix}model"])])


def _context(fn, cases):
    for prefix in ("a_", "b_"):
        enc, dec, name = _inputs(cases, prefix)
        got = fn(grader_model(name), enc, dec)
        W1, W2 = model_weights(name)
        problem = diagnose(got, cases[f"{prefix}enc"], cases[f"{prefix}dec"], W1, W2) or \
            mismatch(got, cases[f"{prefix}out"], RTOL, ATOL,
                     name=f"the context of a {enc.shape} input")
        if problem:
            return problem
    return None


def _gradients(fn, cases):
    enc, dec, name = _inputs(cases, "a_")
    enc.attach_grad()
    dec.attach_grad()
    with autograd.record():
        got = fn(grader_model(name), enc, dec)
    problem = mismatch(got, cases["a_out"], RTOL, ATOL, name="the context")
    if problem:
        return f"the context is wrong, so its gradients cannot be checked: {problem}"
    try:
        got.backward(nd.array(cases["a_head"]))
    except Exception:  # noqa: BLE001 - MXNet refuses a result outside the graph
        return NO_GRADIENT
    return gradient_problem([enc.grad, dec.grad], [cases["a_grad_enc"], cases["a_grad_dec"]])


def _masked(fn, cases):
    enc, dec, name = _inputs(cases, "m_")
    valid_len = cases["m_valid_len"]
    got = fn(grader_model(name), enc, dec, nd.array(valid_len))
    W1, W2 = model_weights(name)
    return diagnose(got, cases["m_enc"], cases["m_dec"], W1, W2, valid_len) or \
        mismatch(got, cases["m_out"], RTOL, ATOL,
                 name=f"the context with valid_len = {valid_len.astype(int).tolist()}")


CHECKS = [
    ("the context of the book's model without a mask (softmax over the time steps)",
     _context),
    ("passes the right gradients to enc_states and dec_state", _gradients),
    ("masks the padded steps of each source (valid_len; a source of length 0 gets context 0)",
     _masked),
]
