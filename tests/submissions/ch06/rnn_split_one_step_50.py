# mistake: one output layer for all steps, split back with nd.split, which returns one NDArray instead of a list when there is one step (predict_rnn then reads a row as the step's output)
# exercise: rnn
# status: partial
# message: nd.split(..., num_outputs=1) returns the array itself

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    hidden = []
    for X in inputs:
        H = nd.tanh(nd.dot(X, W_xh) + nd.dot(H, W_hh) + b_h)
        hidden.append(H)
    Y = nd.dot(nd.concat(*hidden, dim=0), W_hq) + b_q
    return nd.split(Y, num_outputs=len(inputs), axis=0), (H,)
