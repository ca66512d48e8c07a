"""Stand-ins for chapter 6: correct models and helpers for the checks of ``predict_rnn``.

``predict_rnn`` is checked with a correct ``to_onehot`` and correct models (``rnn``,
``lstm`` and their ``init_*_state``), so a mistake in those costs points only in their own
exercises. Each is built from the built-in its own exercise forbids and ``predict_rnn``
allows: ``to_onehot`` is the ``d2l`` package's, the models run MXNet's fused ``RNN``
operator (``mode='rnn_tanh'`` and ``mode='lstm'``) on the book's parameters packed in the
layout that operator expects.
"""

from mxnet import nd


def to_onehot(X, size):
    from d2l import rnn as d2l_rnn  # the course library, mounted next to this package

    return d2l_rnn.to_onehot(X, size)


def init_rnn_state(batch_size, num_hiddens, ctx):
    return (nd.zeros(shape=(batch_size, num_hiddens), ctx=ctx),)


def init_lstm_state(batch_size, num_hiddens, ctx):
    return (nd.zeros(shape=(batch_size, num_hiddens), ctx=ctx),
            nd.zeros(shape=(batch_size, num_hiddens), ctx=ctx))


def _fused(mode, inputs, states, W_x, W_h, biases):
    """MXNet's RNN operator over the time steps ``inputs``, one layer, one direction.

    ``W_x`` and ``W_h`` are the book's ``(inputs, hiddens)`` and ``(hiddens, hiddens)``
    matrices of each gate in the operator's gate order, ``biases`` the gates' biases. The
    operator takes all weights, then all biases, each matrix as ``(hiddens, inputs)`` row
    by row, and a second bias per gate (zero: the book has one)."""
    num_hiddens = W_h[0].shape[0]
    packed = nd.concat(*[w.T.reshape((-1,)) for w in (*W_x, *W_h)], *biases,
                       nd.zeros(len(biases) * num_hiddens, ctx=biases[0].context,
                                dtype=biases[0].dtype), dim=0)
    return nd.RNN(nd.stack(*inputs), packed, *[s.expand_dims(0) for s in states],
                  state_size=num_hiddens, num_layers=1, mode=mode, state_outputs=True)


def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    out, H = _fused("rnn_tanh", inputs, state, [W_xh], [W_hh], [b_h])
    return [nd.dot(h, W_hq) + b_q for h in out], (H[0],)


def lstm(inputs, state, params):
    (W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c, W_hq, b_q) = params
    # MXNet's gate order: input, forget, candidate memory cell, output.
    out, H, C = _fused("lstm", inputs, state, [W_xi, W_xf, W_xc, W_xo],
                       [W_hi, W_hf, W_hc, W_ho], [b_i, b_f, b_c, b_o])
    return [nd.dot(h, W_hq) + b_q for h in out], (H[0], C[0])


STAND_INS = {"to_onehot": to_onehot, "init_rnn_state": init_rnn_state,
             "init_lstm_state": init_lstm_state, "rnn": rnn, "lstm": lstm}
