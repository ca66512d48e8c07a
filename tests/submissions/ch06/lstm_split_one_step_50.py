# mistake: one output layer for all steps, split back with nd.split, which returns one NDArray instead of a list when there is one step
# exercise: lstm
# status: partial
# message: nd.split(..., num_outputs=1) returns the array itself

def lstm(inputs, state, params):
    [W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c, W_hq, b_q] = params
    (H, C) = state
    hidden = []
    for X in inputs:
        I = nd.sigmoid(nd.dot(X, W_xi) + nd.dot(H, W_hi) + b_i)
        F = nd.sigmoid(nd.dot(X, W_xf) + nd.dot(H, W_hf) + b_f)
        O = nd.sigmoid(nd.dot(X, W_xo) + nd.dot(H, W_ho) + b_o)
        C = F * C + I * nd.tanh(nd.dot(X, W_xc) + nd.dot(H, W_hc) + b_c)
        H = O * C.tanh()
        hidden.append(H)
    Y = nd.dot(nd.concat(*hidden, dim=0), W_hq) + b_q
    return nd.split(Y, num_outputs=len(inputs), axis=0), (H, C)
