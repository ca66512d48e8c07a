# mistake: one output layer for all steps, split back with nd.split, which returns one NDArray instead of a list when there is one step
# exercise: gru
# status: partial
# message: nd.split(..., num_outputs=1) returns the array itself

def gru(inputs, state, params):
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    hidden = []
    for X in inputs:
        Z = nd.sigmoid(nd.dot(X, W_xz) + nd.dot(H, W_hz) + b_z)
        R = nd.sigmoid(nd.dot(X, W_xr) + nd.dot(H, W_hr) + b_r)
        H_tilda = nd.tanh(nd.dot(X, W_xh) + nd.dot(R * H, W_hh) + b_h)
        H = Z * H + (1 - Z) * H_tilda
        hidden.append(H)
    Y = nd.dot(nd.concat(*hidden, dim=0), W_hq) + b_q
    return nd.split(Y, num_outputs=len(inputs), axis=0), (H,)
