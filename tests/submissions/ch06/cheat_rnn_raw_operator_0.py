# mistake: calls MXNet's fused RNN operator directly with packed parameters
# exercise: rnn
# status: forbidden
# message: MXNet ran: RNN

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    h = W_hh.shape[0]
    packed = nd.concat(W_xh.T.reshape((-1,)), W_hh.T.reshape((-1,)), b_h, nd.zeros(h), dim=0)
    out, H = nd.RNN(nd.stack(*inputs), packed, state[0].expand_dims(0), state_size=h,
                    num_layers=1, mode='rnn_tanh', state_outputs=True)
    return [nd.dot(o, W_hq) + b_q for o in out], (H[0],)
