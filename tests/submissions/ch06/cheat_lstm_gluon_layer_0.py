# mistake: loads the parameters into gluon.rnn.LSTM and runs the fused layer
# exercise: lstm
# status: forbidden
# message: calls the built-in

def lstm(inputs, state, params):
    P = params
    h = P[1].shape[0]
    layer = gluon.rnn.LSTM(h, input_size=P[0].shape[0])
    layer.initialize()
    gates = [0, 1, 3, 2]
    layer.l0_i2h_weight.set_data(nd.concat(*[P[3 * g].T for g in gates], dim=0))
    layer.l0_h2h_weight.set_data(nd.concat(*[P[3 * g + 1].T for g in gates], dim=0))
    layer.l0_i2h_bias.set_data(nd.concat(*[P[3 * g + 2] for g in gates], dim=0))
    layer.l0_h2h_bias.set_data(nd.zeros(4 * h))
    out, (H, C) = layer(nd.stack(*inputs), [s.expand_dims(0) for s in state])
    return [nd.dot(y, P[12]) + P[13] for y in out], (H[0], C[0])
