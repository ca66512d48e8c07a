"""`Encoder(vocab_size, embed_size, num_hiddens, num_layers, drop_prob=0)` (§10.12): the
book's GRU encoder; the public checks, the named mistakes, and what the other §10.12
exercises (`Decoder`, `batch_loss`, `translate`) share: the book's blocks written by the
grader (`BookEncoder`, `BookDecoder`, built on the grader's attention), small vocabularies
and models with fixed weights that their checks pass in (``HELPERS``).

The encoder embeds token indices ``(batch, num_steps)``, swaps them to time-major
``(num_steps, batch, embed_size)`` and runs ``rnn.GRU(num_hiddens, num_layers)``: it returns
``(outputs, state)``, outputs ``(num_steps, batch, num_hiddens)`` (the last layer's hidden
state at every step) and ``state`` a list of one ``(num_layers, batch, num_hiddens)``."""

import collections

import numpy as np
from mxnet import nd
from mxnet.contrib import text
from mxnet.gluon import nn, rnn

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.blocks import ATOL, BLOCK_HINTS, RTOL, match_params

SECTION = "§10.12 机器翻译"
FORBIDDEN = Forbidden(funcs=("d2l.selfcheck.ch10.Encoder.public.BookEncoder.forward",),
                      what="the grader's BookEncoder")
HINTS = BLOCK_HINTS + [
    ("expects 4 inputs", "the block uses an LSTM (whose state is [h, c]): the book's "
                         "encoder and decoder use rnn.GRU(num_hiddens, num_layers)"),
    ("Shape inconsistent", "the GRU takes time-major inputs (num_steps, batch, embed_size) "
                           "and a state (num_layers, batch, num_hiddens): swap the embedded "
                           "inputs' axes 0 and 1 (.swapaxes(0, 1)) and give the GRU "
                           "num_layers layers"),
    ("begin_state", "the encoder needs the book's begin_state method: "
                    "return self.rnn.begin_state(*args, **kwargs)"),
]
HELPERS = ("encoder_a", "decoder_a", "in_vocab", "out_vocab", "loss")
PAD, BOS, EOS = "<pad>", "<bos>", "<eos>"


# --- the book's blocks, as the grader writes them -------------------------------------------

def _attention():
    from d2l.selfcheck.ch10.attention_forward.public import STAND_IN as forward
    from d2l.selfcheck.ch10.attention_model.public import STAND_IN as model

    return model, forward


class BookEncoder(nn.Block):
    """The book's encoder (§10.12); ``variant``: a named mistake."""

    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers, drop_prob=0,
                 variant=None, **kwargs):
        super().__init__(**kwargs)
        self.variant = variant
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = rnn.GRU(num_hiddens, num_layers, dropout=drop_prob)

    def forward(self, inputs, state):
        embedding = self.embedding(inputs).swapaxes(0, 1)
        if self.variant == "zero_state":
            state = self.rnn.begin_state(batch_size=inputs.shape[0])
        return self.rnn(embedding, state)

    def begin_state(self, *args, **kwargs):
        return self.rnn.begin_state(*args, **kwargs)


class BookDecoder(nn.Block):
    """The book's decoder with attention (§10.12), on the grader's attention_model and
    attention_forward; ``variant``: a named mistake."""

    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers, attention_size,
                 drop_prob=0, variant=None, attend=None, **kwargs):
        super().__init__(**kwargs)
        self.variant = variant
        model, self._attend = _attention()
        self._attend = attend or self._attend
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.attention = model(attention_size)
        self.rnn = rnn.GRU(num_hiddens, num_layers, dropout=drop_prob)
        self.out = nn.Dense(vocab_size, flatten=False)

    def forward(self, cur_input, state, enc_states):
        query = state[0][0] if self.variant == "first_layer" else state[0][-1]
        c = self._attend(self.attention, enc_states, query)
        if self.variant == "swapped_concat":
            input_and_c = nd.concat(c, self.embedding(cur_input), dim=1)
        else:
            input_and_c = nd.concat(self.embedding(cur_input), c, dim=1)
        output, state = self.rnn(input_and_c.expand_dims(0), state)
        output = self.out(output).squeeze(axis=0)
        return output, state

    def begin_state(self, enc_state):
        return enc_state


def make_vocab(words):
    """A vocabulary as the book's build_data makes it: <unk>, <pad>, <bos>, <eos>, words."""
    return text.vocab.Vocabulary(collections.Counter(words), reserved_tokens=[PAD, BOS, EOS])


IN_WORDS = ["ils", "elles", "sont", "regardent", "je", "suis", "chez", "moi", "nous", "."]
OUT_WORDS = ["they", "are", "watching", "i", "am", "home", "we", "canadian", "."]
# (embed_size, num_hiddens, num_layers, attention_size) of the fixed models
FIXED = (5, 6, 2, 4)
_BUILT = {}


def fixed_weights(shapes, seed):
    rng = np.random.default_rng(seed)
    return [(rng.normal(size=s) * 1.5).astype("float32") for s in shapes]


def _fixed(name):
    if name in _BUILT:
        return _BUILT[name]
    if name == "in_vocab":
        value = make_vocab(IN_WORDS)
    elif name == "out_vocab":
        value = make_vocab(OUT_WORDS)
    elif name == "loss":
        from mxnet.gluon import loss as gloss

        value = gloss.SoftmaxCrossEntropyLoss()
    else:
        embed, hiddens, layers, attention = FIXED
        enc = BookEncoder(len(IN_WORDS) + 4, embed, hiddens, layers, prefix="grader_enc_")
        dec = BookDecoder(len(OUT_WORDS) + 4, embed, hiddens, layers, attention,
                          prefix="grader_dec_")
        enc.initialize()
        dec.initialize()
        X = nd.zeros((1, 3))
        outs, state = enc(X, enc.begin_state(batch_size=1))
        dec(nd.zeros((1,)), dec.begin_state(state), outs)
        for net, seed in ((enc, 1012), (dec, 1013)):
            params = list(net.collect_params().values())
            for p, w in zip(params, fixed_weights([p.shape for p in params], seed)):
                p.set_data(nd.array(w))
        # the output bias favours <eos>, so that most translations end before max_seq_len
        dec.out.bias.set_data(dec.out.bias.data() + nd.one_hot(nd.array([3]),
                                                               len(OUT_WORDS) + 4)[0] * 3.0)
        _BUILT["encoder_a"], _BUILT["decoder_a"] = enc, dec
        value = _BUILT[name]
    _BUILT[name] = value
    return value


def __getattr__(name):  # the HELPERS, built when first asked for
    if name in HELPERS:
        return _fixed(name)
    raise AttributeError(name)


# --- checking a block with multiple inputs ---------------------------------------------------

def outputs_of(value):
    """``(outputs, state)`` of an encoder or decoder as NumPy arrays ``(out, state0)``, or
    a message."""
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        return None, f"forward should return (output, state), got {describe(value)}"
    out, state = value
    if isinstance(state, (tuple, list)):
        if len(state) != 1:
            return None, (f"the state should be a list of one array (a GRU's), got a list of "
                          f"{len(state)}")
        state = state[0]
    out, state = as_array(out), as_array(state)
    if out is None or state is None:
        return None, f"forward should return (output, [state]) arrays, got {describe(value)}"
    return (np.asarray(out, np.float64), np.asarray(state, np.float64)), None


def compare(value, expected, what, variants=None, mistakes=None):
    """``value`` (the block's (output, state)) against ``expected`` (NumPy pair); names the
    variant it equals."""
    got, problem = outputs_of(value)
    if problem:
        return f"{what}: {problem}"
    for name, g, w in zip(("output", "state"), got, expected):
        if g.shape != np.shape(w):
            return (f"the {name} of {what} has shape {g.shape}, the book's "
                    f"{tuple(np.shape(w))}")
    for key, wrong in (variants or {}).items():
        if all(np.allclose(g, w, RTOL, ATOL) for g, w in zip(got, wrong)) and not all(
                np.allclose(w, e, RTOL, ATOL) for w, e in zip(wrong, expected)):
            return mistakes[key]
    for name, g, w in zip(("output", "state"), got, expected):
        problem = mismatch(g, w, RTOL, ATOL, name=f"the {name} of {what}")
        if problem:
            return problem
    return None


MISTAKES = {
    "zero_state": ("the state passed to forward is ignored (the GRU starts from zeros): run "
                   "self.rnn(embedding, state) with the given state"),
}


def structure(params):
    """A named mistake from the parameter names (``[(name, shape)]``)."""
    if any("lstm" in n.lower() for n, _ in params):
        return ("the block uses an LSTM: the book's encoder and decoder use "
                "rnn.GRU(num_hiddens, num_layers)")
    return None


def call_text(name, args):
    return f"{name}({', '.join(str(a) for a in args)})"


def recorded(cases, i):
    keys = sorted(k for k in cases if k.startswith(f"c{i}_param"))
    return [cases[k] for k in keys]


def _block_check(name, configs, inputs_of, variants_keys=(), globals_=None):
    """The public check of a block with inputs (``inputs_of(cases, i)``); ``globals_()``:
    notebook globals to set while it runs."""

    def run(make, cases):
        from d2l.selfcheck import notebook_globals

        scope = make if hasattr(make, "__globals__") else next(
            (v for v in vars(make).values() if hasattr(v, "__globals__")), None)
        if globals_ is None or scope is None:
            return _run(make, cases)
        with notebook_globals(scope, **globals_()):
            return _run(make, cases)

    def _run(make, cases):
        for i, args in enumerate(configs):
            what = call_text(name, args)
            net = make(*args)
            net.initialize(force_reinit=True)
            inputs = inputs_of(cases, i)
            net(*inputs)
            params = list(net.collect_params().values())
            want = recorded(cases, i)
            got = [(p.name, p.shape) for p in params]
            kinds = [(f"p{j}_" + ("weight" if v.ndim > 1 else "bias"), v.shape)
                     for j, v in enumerate(want)]
            order, problem = match_params(got, kinds)
            if problem:
                return structure(got) or f"{what}: {problem}"
            for index, value in zip(order, want):
                params[index].set_data(nd.array(value))
            expected = (cases[f"c{i}_out"], cases[f"c{i}_state"])
            variants = {k: (cases[f"c{i}_{k}_out"], cases[f"c{i}_{k}_state"])
                        for k in variants_keys}
            problem = compare(net(*inputs), expected, what, variants, _mistakes(name))
            if problem:
                return problem
        return None

    return run


def _mistakes(name):
    if name == "Encoder":
        return MISTAKES
    from d2l.selfcheck.ch10.Decoder.public import MISTAKES as decoder

    return decoder
CONFIGS = [(10, 4, 5, 2)]


def _inputs(cases, i):
    return nd.array(cases[f"c{i}_X"]), [nd.array(cases[f"c{i}_h0"])]


CHECKS = [("with recorded parameters, the outputs (num_steps, batch, num_hiddens) and the "
           "state match the book's encoder", _block_check("Encoder", CONFIGS, _inputs,
                                                          tuple(MISTAKES)))]
