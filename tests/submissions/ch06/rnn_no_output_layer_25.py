# mistake: returns the hidden states as the outputs (no output layer)
# exercise: rnn
# status: partial
# message: the hidden state's

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        H = nd.tanh(nd.dot(X, W_xh) + nd.dot(H, W_hh) + b_h)
        outputs.append(H)
    return outputs, (H,)
