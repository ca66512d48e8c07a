"""`TextCNN(vocab, embed_size, kernel_sizes, num_channels)` (§10.8): the book's text CNN;
the public checks, the named mistakes, and the helpers BiRNN's public module shares (a small
vocabulary, recorded token-index inputs, the checks of an embedding model)."""

import collections

import numpy as np

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.blocks import (
    ATOL,
    BLOCK_HINTS,
    RTOL,
    match_params,
    named_variant,
    params_problem,
    shape_problem,
)

SECTION = "§10.8 文本情感分类：使用卷积神经网络"
FORBIDDEN = Forbidden()
HINTS = BLOCK_HINTS

MISTAKES = {
    "no_relu": "the convolutions have no ReLU: the book's are nn.Conv1D(c, k, "
               "activation='relu')",
    "avg_pool": "it averages over time: the book max-pools over time (nn.GlobalMaxPool1D), "
                "keeping the largest value of each channel",
}


def vocab_of(size):
    """A ``text.vocab.Vocabulary`` of ``size`` tokens ('<unk>' included)."""
    from mxnet.contrib import text

    tokens = [f"w{i}" for i in range(size - 1)]
    return text.vocab.Vocabulary(collections.Counter(tokens))


class Vocab:
    """What the public cases pass as ``vocab``: built on first use (a real Vocabulary)."""

    def __init__(self, size):
        self.size = size

    def __repr__(self):
        return f"vocab of {self.size} tokens"


def real_args(args):
    return tuple(vocab_of(a.size) if isinstance(a, Vocab) else a for a in args)


def call_text(name, args):
    return f"{name}({', '.join(repr(a) for a in args)})"


def structure(args, x_shape, got, out_shape, expected):
    """Name a mistake from the parameter shapes (asked when they differ from the book's)."""
    _, embed_size, kernel_sizes, num_channels = args
    batch, T = x_shape
    weights = [tuple(s) for n, s in got if s is not None and n.endswith("weight")]
    convs = [s for s in weights if len(s) == 3]
    embeddings = [s for s in weights if len(s) == 2 and s[1] == embed_size
                  and s[0] != 2]
    dense = [s for s in weights if len(s) == 2 and s[0] == 2]
    if convs and all(s[1] == T for s in convs):
        return ("the convolutions read the words as channels: transpose the embeddings to "
                "(batch, 2 * embed_size, words) before nn.Conv1D, whose channel axis is 1")
    if len(embeddings) == 1 and convs and all(s[1] == embed_size for s in convs):
        return ("there is one embedding layer: the book concatenates two, self.embedding "
                "and self.constant_embedding, into 2 * embed_size channels")
    if len(embeddings) == 2 and convs and all(s[1] == embed_size for s in convs):
        return ("the two embeddings are concatenated along the words axis: concatenate "
                "them along the word-vector axis (dim=2), giving 2 * embed_size channels")
    over_channels = sum(T - k + 1 for k in kernel_sizes)
    if dense and dense[0][1] == over_channels != sum(num_channels):
        return ("it pools over the channels: max-pool each convolution's output over time "
                "(nn.GlobalMaxPool1D, the last axis), one value per channel")
    return None


def embedding_checks(name, configs, structure, mistakes, alternatives=(), dropout=False):
    """The two public checks of a block on token indices (recorded ``c0_X``...).

    ``alternatives``: names of recorded outputs ``c{i}_<alt>`` that also count as right
    (the same block with two same-shaped parameters paired the other way); ``dropout``:
    also check that training mode changes the output."""
    from mxnet import autograd, gluon, nd

    def build(make, i):
        args = configs[i][0]
        what = call_text(name, args)
        net = make(*real_args(args))
        if not isinstance(net, gluon.Block):
            return None, what, f"{what} should give a Gluon Block, got {describe(net)}"
        net.initialize(force_reinit=True)
        return net, what, None

    def recorded(cases, i):
        prefix = f"c{i}_param"
        keys = sorted(k for k in cases if k.startswith(prefix))
        return [(k[len(prefix):].split("_", 1)[1], cases[k]) for k in keys]

    def run(make, cases, compare):
        for i, (args, _, _) in enumerate(configs):
            net, what, problem = build(make, i)
            if problem:
                return problem
            X = nd.array(cases[f"c{i}_X"])
            with autograd.pause():
                out = net(X)
            params = list(net.collect_params().values())
            got = [(p.name, p.shape) for p in params]
            want = recorded(cases, i)
            want_shapes = [(kind, v.shape) for kind, v in want]
            problem = (shape_problem(what, out, X.shape, cases[f"c{i}_out"].shape)
                       or params_problem(what, got, want_shapes))
            if problem:
                return (structure(args, X.shape, got, getattr(out, "shape", None), want_shapes)
                        or problem)
            if compare:
                order, _ = match_params(got, want_shapes)
                for index, (_, value) in zip(order, want):
                    params[index].set_data(nd.array(value))
                with autograd.pause():
                    out = net(X)
                expected = cases[f"c{i}_out"]
                problem = mismatch(out, expected, RTOL, ATOL,
                                   name=f"the output of {what} with recorded parameters")
                arr = as_array(out)
                if problem and arr is not None and any(
                        arr.shape == cases[f"c{i}_{alt}"].shape
                        and np.allclose(arr, cases[f"c{i}_{alt}"], RTOL, ATOL)
                        for alt in alternatives):
                    problem = None
                if problem:
                    variants = {k[len(f"c{i}_variant_"):]: cases[k] for k in cases
                                if k.startswith(f"c{i}_variant_")}
                    return named_variant(out, variants, mistakes) or problem
        return None

    checks = [("the output and parameter shapes match the book's block",
               lambda make, cases: run(make, cases, False)),
              ("with recorded parameters the output matches the book's block",
               lambda make, cases: run(make, cases, True))]
    if dropout:
        def dropout_check(make, cases):
            net, _, problem = build(make, 0)
            if problem:
                return problem
            X = nd.array(cases["c0_X"])
            with autograd.pause():
                quiet = net(X)
            with autograd.record(train_mode=True):
                noisy = net(X)
            return no_dropout(noisy, quiet)

        checks.append(("dropout is applied in training", dropout_check))
    return checks


NO_DROPOUT = ("in training mode the output equals the output with autograd not recording: "
              "there is no dropout; apply self.dropout = nn.Dropout(0.5) to the encoding "
              "before the decoder")


def no_dropout(noisy, quiet):
    """The output in training mode is the output at evaluation (dropout missing)."""
    a, b = as_array(noisy), as_array(quiet)
    if a is not None and b is not None and a.shape == b.shape and np.array_equal(a, b):
        return NO_DROPOUT
    return None


#: The public cases: (arguments, input shape (batch, words), unused).
CONFIGS = [((Vocab(12), 4, (7, 2), (10, 3)), (3, 7), False)]
CHECKS = embedding_checks("TextCNN", CONFIGS, structure, MISTAKES, ("swapped",),
                          dropout=True)
