# mistake: computes each output from the previous step's hidden state
# exercise: rnn
# status: partial
# message: previous step's H

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        outputs.append(nd.dot(H, W_hq) + b_q)
        H = nd.tanh(nd.dot(X, W_xh) + nd.dot(H, W_hh) + b_h)
    return outputs, (H,)
