# mistake: every step starts from the initial state
# exercise: gru
# status: failed
# message: not carried

def gru(inputs, state, params):
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q = params
    H0, = state
    outputs = []
    for X in inputs:
        Z = nd.sigmoid(nd.dot(X, W_xz) + nd.dot(H0, W_hz) + b_z)
        R = nd.sigmoid(nd.dot(X, W_xr) + nd.dot(H0, W_hr) + b_r)
        H_tilda = nd.tanh(nd.dot(X, W_xh) + nd.dot(R * H0, W_hh) + b_h)
        H = Z * H0 + (1 - Z) * H_tilda
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
