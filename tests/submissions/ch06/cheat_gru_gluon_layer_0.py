# mistake: runs gluon.rnn.GRU (MXNet's reset-after formula, and a fused built-in)
# exercise: gru
# status: forbidden
# message: calls the built-in

def gru(inputs, state, params):
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q = params
    layer = gluon.rnn.GRU(W_hh.shape[0], input_size=W_xh.shape[0])
    layer.initialize()
    layer.l0_i2h_weight.set_data(nd.concat(W_xr.T, W_xz.T, W_xh.T, dim=0))
    layer.l0_h2h_weight.set_data(nd.concat(W_hr.T, W_hz.T, W_hh.T, dim=0))
    layer.l0_i2h_bias.set_data(nd.concat(b_r, b_z, b_h, dim=0))
    layer.l0_h2h_bias.set_data(nd.zeros(3 * W_hh.shape[0]))
    out, (H,) = layer(nd.stack(*inputs), [state[0].expand_dims(0)])
    return [nd.dot(h, W_hq) + b_q for h in out], (H[0],)
