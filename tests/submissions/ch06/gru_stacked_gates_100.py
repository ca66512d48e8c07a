# mistake: none: both gates from one matmul of [X, H] with stacked weights, split afterwards
# exercise: gru
# status: passed
# message: passes the right gradients

def gru(inputs, state, params):
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q = params
    W_gates = nd.concat(nd.concat(W_xz, W_xr, dim=1), nd.concat(W_hz, W_hr, dim=1), dim=0)
    b_gates = nd.concat(b_z, b_r, dim=0)
    H, = state
    h = H.shape[1]
    outputs = []
    for X in inputs:
        gates = nd.sigmoid(nd.dot(nd.concat(X, H, dim=1), W_gates) + b_gates)
        Z, R = gates[:, :h], gates[:, h:]
        H_tilda = nd.tanh(nd.dot(X, W_xh) + nd.dot(R * H, W_hh) + b_h)
        H = H_tilda + Z * (H - H_tilda)
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
