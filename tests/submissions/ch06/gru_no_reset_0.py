# mistake: computes the reset gate but never uses it in the candidate state
# exercise: gru
# status: failed
# message: the reset gate is not used

def gru(inputs, state, params):
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        Z = nd.sigmoid(nd.dot(X, W_xz) + nd.dot(H, W_hz) + b_z)
        R = nd.sigmoid(nd.dot(X, W_xr) + nd.dot(H, W_hr) + b_r)
        H_tilda = nd.tanh(nd.dot(X, W_xh) + nd.dot(H, W_hh) + b_h)
        H = Z * H + (1 - Z) * H_tilda
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
