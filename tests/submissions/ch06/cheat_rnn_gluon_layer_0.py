# mistake: loads the parameters into gluon.rnn.RNN(activation='tanh') and runs the fused layer
# exercise: rnn
# status: forbidden
# message: calls the built-in

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    layer = gluon.rnn.RNN(W_hh.shape[0], activation='tanh', input_size=W_xh.shape[0])
    layer.initialize()
    layer.l0_i2h_weight.set_data(W_xh.T)
    layer.l0_h2h_weight.set_data(W_hh.T)
    layer.l0_i2h_bias.set_data(b_h)
    layer.l0_h2h_bias.set_data(nd.zeros_like(b_h))
    out, (H,) = layer(nd.stack(*inputs), [state[0].expand_dims(0)])
    return [nd.dot(h, W_hq) + b_q for h in out], (H[0],)
