"""`BiRNN(vocab, embed_size, num_hiddens, num_layers)` (§10.7): the book's bidirectional
LSTM classifier; the public checks and the named mistakes (the checks' helpers are
TextCNN's)."""

from d2l.registry import Forbidden
from d2l.selfcheck.blocks import BLOCK_HINTS
from d2l.selfcheck.ch10.TextCNN.public import Vocab, call_text, embedding_checks, real_args

SECTION = "§10.7 文本情感分类：使用循环神经网络"
FORBIDDEN = Forbidden()
HINTS = BLOCK_HINTS + [
    ("Shape inconsistent", "rnn.LSTM takes (words, batch, features): embed inputs.T, and "
                           "concatenate outputs[0] and outputs[-1] (each (batch, "
                           "2 * num_hiddens)) along axis 1"),
]

MISTAKES = {
    "swapped": "the encoding is outputs[-1] then outputs[0]: the book concatenates "
               "outputs[0] and outputs[-1], in that order",
}

__all__ = ["SECTION", "FORBIDDEN", "HINTS", "MISTAKES", "structure", "CONFIGS", "CHECKS",
           "call_text", "Vocab", "real_args"]


def structure(args, x_shape, got, out_shape, expected):
    """Name a mistake from the output's shape and the parameters."""
    _, embed_size, num_hiddens, num_layers = args
    batch, words = x_shape
    names = [n for n, s in got]
    if out_shape is not None and len(out_shape) == 2 and out_shape[0] == words != batch:
        return (f"the output has one row per word ({out_shape}), not one per review: "
                "rnn.LSTM takes (words, batch, features), so embed inputs.T, and "
                "outputs[0] and outputs[-1] are then the first and last time steps, each "
                "(batch, 2 * num_hiddens)")
    i2h = [tuple(s) for n, s in got if s is not None and n.endswith("l0_i2h_weight")]
    if i2h and i2h[0][0] in (num_hiddens, 3 * num_hiddens) and num_hiddens > 1:
        kind = "a GRU (3 gates)" if i2h[0][0] == 3 * num_hiddens else "a plain RNN"
        return (f"the recurrent layer is {kind}: the book's encoder is rnn.LSTM (4 gates, "
                "i2h weights of 4 * num_hiddens rows)")
    if not any("r0_" in n for n in names) and any("l0_" in n for n in names):
        return ("the LSTM is not bidirectional: rnn.LSTM(num_hiddens, num_layers=num_layers, "
                "bidirectional=True, input_size=embed_size)")
    if num_layers > 1 and not any(f"l{num_layers - 1}_" in n for n in names):
        return (f"the LSTM has fewer than num_layers = {num_layers} layers: pass "
                "num_layers=num_layers to rnn.LSTM")
    dense = [tuple(s) for n, s in got if s is not None and n.endswith("weight")
             and len(s) == 2 and s[0] == 2]
    if dense and dense[-1][1] == 2 * num_hiddens:
        return ("the decoder sees 2 * num_hiddens features, one time step: concatenate "
                "outputs[0] and outputs[-1] (the first and the last time step) into "
                "4 * num_hiddens")
    return None


#: The public cases: (arguments, input shape (batch, words), unused).
CONFIGS = [((Vocab(10), 4, 3, 2), (2, 5), False)]
CHECKS = embedding_checks("BiRNN", CONFIGS, structure, MISTAKES)
