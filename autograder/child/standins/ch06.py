"""Stand-ins for chapter 6: correct models and helpers for the checks of ``predict_rnn``.

``predict_rnn`` is checked with a correct ``to_onehot`` and correct models (``rnn``,
``lstm`` and their ``init_*_state``), so a mistake in those costs points only in their own
exercises. They use plain operators (``nd.dot``, ``nd.tanh``, ``nd.sigmoid``), never the
fused RNN layers.
"""

from mxnet import nd


def to_onehot(X, size):
    return [nd.one_hot(x, size) for x in X.T]


def init_rnn_state(batch_size, num_hiddens, ctx):
    return (nd.zeros(shape=(batch_size, num_hiddens), ctx=ctx),)


def init_lstm_state(batch_size, num_hiddens, ctx):
    return (nd.zeros(shape=(batch_size, num_hiddens), ctx=ctx),
            nd.zeros(shape=(batch_size, num_hiddens), ctx=ctx))


def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        H = nd.tanh(nd.dot(X, W_xh) + nd.dot(H, W_hh) + b_h)
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)


def lstm(inputs, state, params):
    (W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c, W_hq, b_q) = params
    H, C = state
    outputs = []
    for X in inputs:
        I = nd.sigmoid(nd.dot(X, W_xi) + nd.dot(H, W_hi) + b_i)  # noqa: E741 - the book's name
        F = nd.sigmoid(nd.dot(X, W_xf) + nd.dot(H, W_hf) + b_f)
        O = nd.sigmoid(nd.dot(X, W_xo) + nd.dot(H, W_ho) + b_o)  # noqa: E741 - the book's name
        C_tilda = nd.tanh(nd.dot(X, W_xc) + nd.dot(H, W_hc) + b_c)
        C = F * C + I * C_tilda
        H = O * C.tanh()
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H, C)


STAND_INS = {"to_onehot": to_onehot, "init_rnn_state": init_rnn_state,
             "init_lstm_state": init_lstm_state, "rnn": rnn, "lstm": lstm}
