# mistake: uses ReLU (the default of gluon.rnn.RNN) instead of the book's tanh
# exercise: rnn
# status: failed
# message: uses tanh

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        H = nd.relu(nd.dot(X, W_xh) + nd.dot(H, W_hh) + b_h)
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
