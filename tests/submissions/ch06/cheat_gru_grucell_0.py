# mistake: steps a gluon.rnn.GRUCell
# exercise: gru
# status: forbidden
# message: GRUCell

def gru(inputs, state, params):
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q = params
    cell = gluon.rnn.GRUCell(W_hh.shape[0], input_size=W_xh.shape[0])
    cell.initialize()
    cell.i2h_weight.set_data(nd.concat(W_xr.T, W_xz.T, W_xh.T, dim=0))
    cell.h2h_weight.set_data(nd.concat(W_hr.T, W_hz.T, W_hh.T, dim=0))
    cell.i2h_bias.set_data(nd.concat(b_r, b_z, b_h, dim=0))
    cell.h2h_bias.set_data(nd.zeros(3 * W_hh.shape[0]))
    H, = state
    outputs = []
    for X in inputs:
        H, _ = cell(X, [H])
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
