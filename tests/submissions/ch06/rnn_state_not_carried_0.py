# mistake: every step starts from the initial state, so nothing is carried between steps
# exercise: rnn
# status: failed
# message: not carried

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H0, = state
    outputs = []
    for X in inputs:
        H = nd.tanh(nd.dot(X, W_xh) + nd.dot(H0, W_hh) + b_h)
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
