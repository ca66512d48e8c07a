# mistake: writes the outputs into a preallocated array, which autograd refuses while recording
# exercise: rnn
# status: partial
# message: Python list

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    Y = nd.zeros((len(inputs), H.shape[0], W_hq.shape[1]))
    for t, X in enumerate(inputs):
        H = nd.tanh(nd.dot(X, W_xh) + nd.dot(H, W_hh) + b_h)
        Y[t] = nd.dot(H, W_hq) + b_q
    return list(Y), (H,)
