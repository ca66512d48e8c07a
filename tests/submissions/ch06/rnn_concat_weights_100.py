# mistake: none: one matmul of [X, H] with the stacked weights [W_xh; W_hh], as in §6.2
# exercise: rnn
# status: passed
# message: passes the right gradients

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    W = nd.concat(W_xh, W_hh, dim=0)
    H, = state
    outputs = []
    for X in inputs:
        H = nd.tanh(nd.dot(nd.concat(X, H, dim=1), W) + b_h)
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
