# mistake: a hybridized gluon.rnn.RNNCell, traced once when the cell runs so that its Python code is not called again
# exercise: rnn
# status: forbidden
# message: FullyConnected

_cell = gluon.rnn.RNNCell(4, activation='tanh', input_size=6)
_cell.initialize()
_cell.hybridize()
_cell(nd.zeros((3, 6)), [nd.zeros((3, 4))])


def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    _cell.i2h_weight.set_data(W_xh.T)
    _cell.h2h_weight.set_data(W_hh.T)
    _cell.i2h_bias.set_data(b_h)
    _cell.h2h_bias.set_data(nd.zeros_like(b_h))
    H, = state
    outputs = []
    for X in inputs:
        H, _ = _cell(X, [H])
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
