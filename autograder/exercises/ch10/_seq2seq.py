"""Shared by the hidden checks of §10.12 (`Encoder`, `Decoder`, `batch_loss`, `translate`):
random inputs, the book's blocks as references with a student's parameters loaded, and
recording the public cases."""

import functools
import zlib

import numpy as np
from mxnet import autograd, nd

from autograder.exercises.ch05._blocks import params_of
from autograder.testing import fail_if
from d2l.selfcheck.blocks import match_params
from d2l.selfcheck.ch10.Encoder import public as enc_public

F32 = "float32"


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/{key}".encode()))


def tokens(rng, vocab_size, batch, steps):
    return rng.integers(0, vocab_size, size=(batch, steps)).astype(F32)


def forward(block, inputs, values=None):
    """``block(*inputs)`` as NumPy (output, state0), with the parameters set to ``values``
    (creation order) when given."""
    if values is not None:
        for p, v in zip(block.collect_params().values(), values):
            p.set_data(nd.array(v))
    with autograd.pause():
        out, state = block(*[_nd(x) for x in inputs])
    return out.asnumpy(), state[0].asnumpy()


def _nd(x):
    if isinstance(x, (list, tuple)):
        return [_nd(v) for v in x]
    return nd.array(x)


_BUILT = {}


def built(make, inputs):
    """The book's block ``make()`` with its shapes resolved on ``inputs`` (kept for the
    next check with the same arguments: its parameters are set before every use)."""
    key = None
    if isinstance(make, functools.partial):
        key = (make.func, make.args, tuple(sorted(make.keywords.items())))
    if key is not None and key in _BUILT:
        return _BUILT[key]
    block = make()
    block.initialize()
    forward(block, inputs)
    if key is not None:
        _BUILT[key] = block
    return block


def expect(result, make, inputs, what, variants=None, mistakes=None):
    """The student's block (``result`` of ``student.block``) against the book's ``make()``
    with the same parameters; ``variants``: ``{key: make}`` of named mistakes."""
    reference = built(make, inputs)
    got = params_of(result)
    want = [(n, p.shape) for n, p in reference.collect_params().items()]
    order, problem = match_params([(n, v.shape) for n, v in got], want)
    if problem:
        fail_if(enc_public.structure([(n, v.shape) for n, v in got]))
        fail_if(f"{what}: {problem}")
    values = [got[i][1] for i in order]
    expected = forward(reference, inputs, values)
    if enc_public.compare(result.value, expected, what) is None:
        return
    wrong = {key: forward(built(v, inputs), inputs, values) for key, v in (variants or {}).items()}
    fail_if(enc_public.compare(result.value, expected, what, wrong, mistakes or {}))


def record(rng, configs, make, inputs_of, variants=None):
    """Public cases: for each configuration, inputs, random parameters, the book's outputs
    and those of the named variants."""
    cases = {}
    for i, args in enumerate(configs):
        inputs, named = inputs_of(rng, args)
        cases.update({f"c{i}_{k}": v for k, v in named.items()})
        block = built(functools.partial(make, *args), inputs)
        values = [(rng.normal(size=p.shape) * 0.5).astype(F32)
                  for p in block.collect_params().values()]
        for j, v in enumerate(values):
            cases[f"c{i}_param{j:02d}"] = v
        cases[f"c{i}_out"], cases[f"c{i}_state"] = forward(block, inputs, values)
        for key, v in (variants(*args) if variants else {}).items():
            cases[f"c{i}_{key}_out"], cases[f"c{i}_{key}_state"] = forward(
                built(v, inputs), inputs, values)
    return cases
