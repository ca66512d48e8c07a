"""`Decoder(vocab_size, embed_size, num_hiddens, num_layers, attention_size, drop_prob=0)`
(§10.12): the book's GRU decoder with attention; the public check and the named mistakes.

One step: the context ``c = attention_forward(self.attention, enc_states, state[0][-1])``
(the query is the last layer's hidden state), the embedded input ``(batch, embed_size)``
concatenated with ``c`` on the features, one GRU step, then ``Dense(vocab_size,
flatten=False)``: ``(output (batch, vocab_size), state)``. The checks judge the decoder on
its own: while they run, the notebook's ``attention_model`` and ``attention_forward`` are the
grader's correct ones (``STAND_INS``), and ``attention_forward`` is ``probe_attention``: the
book's additive scores plus 5 times the dot products of the encoder states with the query,
so that the weights depend on the query even with small initial weights (the additive
scores alone hardly do) and the choice of query shows."""

from mxnet import nd

from d2l.registry import Forbidden
from d2l.selfcheck.ch10.Encoder.public import (
    BLOCK_HINTS,
    _block_check,
    call_text,
)

SECTION = "§10.12 机器翻译"
FORBIDDEN = Forbidden(funcs=("d2l.selfcheck.ch10.Encoder.public.BookDecoder.forward",),
                      what="the grader's BookDecoder")
STAND_INS = {"attention_model": "attention_model", "attention_forward": "attention_forward"}
HELPERS = ("probe_attention",)
HINTS = BLOCK_HINTS + [
    ("Shape inconsistent", "the GRU takes (1, batch, embed_size + num_hiddens): concatenate "
                           "the embedded input and the context on dim=1, then expand_dims(0)"),
]

MISTAKES = {
    "first_layer": ("the attention's query is the first layer's hidden state state[0][0]: "
                    "the book uses the last layer's, state[0][-1]"),
    "swapped_concat": ("the GRU's input is [c; embedding]: the book concatenates the "
                       "embedded input first, nd.concat(self.embedding(cur_input), c, dim=1)"),
}

CONFIGS = [(9, 4, 5, 2, 3)]
PROBE_SCALE = 5.0


def probe_attention(model, enc_states, dec_state, valid_len=None):
    """The attention the decoder's checks use: the book's additive scores plus
    PROBE_SCALE times the dot products of the encoder states with the query, so that the
    weights depend strongly on the query even with small initial weights (which the
    additive scores alone do not); softmax over the time steps, the weighted sum."""
    dec_states = nd.broadcast_axis(dec_state.expand_dims(0), axis=0, size=enc_states.shape[0])
    e = model(nd.concat(enc_states, dec_states, dim=2))
    e = e + PROBE_SCALE * (enc_states * dec_states).sum(axis=2, keepdims=True)
    alpha = nd.softmax(e, axis=0)
    return (alpha * enc_states).sum(axis=0)


def _inputs(cases, i):
    return (nd.array(cases[f"c{i}_x"]), [nd.array(cases[f"c{i}_h0"])],
            nd.array(cases[f"c{i}_enc"]))


CHECKS = [("with recorded parameters, the output (batch, vocab_size) and the state match "
           "the book's decoder (with the checks' attention, see probe_attention)",
           _block_check("Decoder", CONFIGS, _inputs, tuple(MISTAKES),
                        lambda: {"attention_forward": probe_attention}))]

__all__ = ["SECTION", "FORBIDDEN", "STAND_INS", "HINTS", "MISTAKES", "CONFIGS", "CHECKS",
           "call_text"]
