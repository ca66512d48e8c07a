# mistake: multiplies by W_hh transposed (square, so no shape error)
# exercise: rnn
# status: failed
# message: W_hh is used transposed

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        H = nd.tanh(nd.dot(X, W_xh) + nd.dot(H, W_hh.T) + b_h)
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
