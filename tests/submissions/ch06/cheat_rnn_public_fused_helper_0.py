# mistake: builds its rnn on the public module's helper that runs MXNet's fused RNN operator
# exercise: rnn
# status: forbidden
# message: MXNet ran: RNN

from d2l.selfcheck.ch06.rnn.public import fused


def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    out, H = fused("rnn_tanh", inputs, state, [W_xh], [W_hh], [b_h])
    return [nd.dot(h, W_hq) + b_q for h in out], (H[0],)
