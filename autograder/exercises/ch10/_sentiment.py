"""Shared by the hidden checks of `TextCNN` and `BiRNN` (§10.7, §10.8): a vocabulary that
travels to the sandbox, token-index inputs, the book's blocks' references, the recorded
public cases, and the forward comparison with parameters copied in.

The student's block is built in the sandbox with ``vocab`` a pretrained-embedding object
(``mxnet.contrib.text`` 's ``CustomEmbedding``, a ``Vocabulary``: the models use only
``len(vocab)``), initialized from a seed, and run on token indices; its parameters are
loaded into the book's block (``autograder.exercises.ch05._blocks``), whose output must
match. Same-shaped parameters pair in creation order; ``swaps`` lists pairs of the book's
parameters that may be paired the other way (TextCNN's two embeddings)."""

import functools
import zlib

import numpy as np

from autograder.exercises.ch05._blocks import Reference, params_of, random_value, run_block
from autograder.testing import TokenEmbedding, as_numpy, fail_if
from d2l.compare import mismatch
from d2l.selfcheck.blocks import ATOL, RTOL, match_params, named_variant, param_kind

F32 = "float32"


class SmallVocab(TokenEmbedding):
    """A vocabulary of ``size`` tokens ('<unk>' included), sent as a CustomEmbedding."""

    def __init__(self, size):
        super().__init__([f"w{i}" for i in range(size - 1)], np.zeros((size - 1, 1), F32))
        self.size = size

    def __len__(self):
        return self.size

    def __repr__(self):
        return f"vocab of {self.size} tokens"

    def __eq__(self, other):
        return isinstance(other, SmallVocab) and other.size == self.size

    def __hash__(self):
        return hash(("SmallVocab", self.size))


def fixed_rng(key):
    return np.random.default_rng(zlib.crc32(f"ch10/{key}".encode()))


def tokens(rng, vocab_size, batch, words):
    """Token indices (as float32, like d2l.preprocess_imdb's), every index used."""
    X = rng.integers(0, vocab_size, size=(batch, words))
    X.flat[:vocab_size] = rng.permutation(vocab_size)[:X.size]
    return X.astype(F32)


@functools.lru_cache(maxsize=16)
def _reference(build, args, shape, data):
    return Reference(build(*args), np.frombuffer(data, dtype=F32).reshape(shape))


def book(build, args, X):
    X = np.ascontiguousarray(X, dtype=F32)
    return _reference(build, tuple(args), X.shape, X.tobytes())


def record(rng, build, configs, real_args, variants, swaps=()):
    """The public cases (see ``embedding_checks`` in TextCNN's public module)."""
    cases = {}
    for i, (args, shape, _) in enumerate(configs):
        args = real_args(args)
        X = tokens(rng, len(args[0]), *shape)
        reference = Reference(build(*args), X)
        values = [random_value(rng, name, pshape) for name, pshape in reference.params]
        cases[f"c{i}_X"] = X
        for j, ((name, _), value) in enumerate(zip(reference.params, values)):
            cases[f"c{i}_param{j:02d}_{param_kind(name)}"] = value
        cases[f"c{i}_out"] = reference.forward(values)
        for a, b in swaps:
            swapped = list(values)
            swapped[a], swapped[b] = values[b], values[a]
            cases[f"c{i}_swapped"] = reference.forward(swapped)
        for key, variant in variants(*args).items():
            cases[f"c{i}_variant_{key}"] = Reference(variant(), X).forward(values)
    return cases


def build(student, name, args, X, seed):
    return run_block(student, name, *args, X=X, seed=seed)


def expect_shapes(result, build_ref, args, X, what, structure, shape=True, params=True):
    from d2l.selfcheck.blocks import params_problem, shape_problem

    reference = book(build_ref, args, X)
    got = [(n, v.shape) for n, v in params_of(result)]
    problem = ((shape and shape_problem(what, result.value, X.shape, reference.output_shape))
               or (params and params_problem(what, got, reference.params)))
    if problem:
        out = as_numpy(result.value)
        fail_if(structure(args, X.shape, got, None if out is None else out.shape,
                          reference.params))
        fail_if(problem)


def expect_forward(result, build_ref, args, X, what, structure, variants, mistakes,
                   swaps=(), output=None):
    """With the student's parameters in the book's block, the outputs agree (also when a
    pair in ``swaps`` is paired the other way)."""
    reference = book(build_ref, args, X)
    got = params_of(result)
    shapes = [(n, v.shape) for n, v in got]
    order, problem = match_params(shapes, reference.params)
    if problem:
        out = as_numpy(result.value)
        fail_if(structure(args, X.shape, shapes, None if out is None else out.shape,
                          reference.params))
        fail_if(f"{what}: {problem}")
    values = [got[i][1] for i in order]
    expected = reference.forward(values)
    atol = output_atol(expected)
    problem = mismatch(result.value, expected, RTOL, atol, name=f"the output of {what}")
    out = as_numpy(result.value)
    if problem and out is not None and out.shape == expected.shape:
        for a, b in swaps:
            swapped = list(values)
            swapped[a], swapped[b] = values[b], values[a]
            if np.allclose(out, reference.forward(swapped), RTOL, atol):
                return
        wrong = {key: Reference(variant(), X).forward(values)
                 for key, variant in variants.items()}
        fail_if(named_variant(out, wrong, mistakes, RTOL, atol)
                or (output and output(args, X.shape, out, expected)))
    fail_if(problem)


def output_atol(expected):
    """The absolute tolerance of an output computed with the student's own initial
    parameters (Gluon's default, uniform in [-0.07, 0.07]): the outputs are small (about
    1e-6 for BiRNN, whose LSTM shrinks them at every layer), so a fixed 1e-5 would accept
    anything. The same layers on the same parameters differ by float32 rounding, a few
    units of 1e-7 relative to the output's scale; a named mistake changes the output by
    as much as the output itself. So: 1e-3 of the largest output, capped at the blocks'
    usual 1e-5."""
    scale = float(np.max(np.abs(expected))) if np.size(expected) else 0.0
    return max(min(ATOL, 1e-3 * scale), 1e-30)
