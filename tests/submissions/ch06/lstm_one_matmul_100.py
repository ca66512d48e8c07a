# mistake: none: the four blocks from one matmul of [X, H], split with nd.split
# exercise: lstm
# status: passed
# message: passes the right gradients

def lstm(inputs, state, params):
    [W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c, W_hq, b_q] = params
    W = nd.concat(nd.concat(W_xi, W_xf, W_xo, W_xc, dim=1),
                  nd.concat(W_hi, W_hf, W_ho, W_hc, dim=1), dim=0)
    b = nd.concat(b_i, b_f, b_o, b_c, dim=0)
    (H, C) = state
    outputs = []
    for X in inputs:
        i, f, o, c = nd.split(nd.dot(nd.concat(X, H, dim=1), W) + b, num_outputs=4, axis=1)
        C = nd.sigmoid(f) * C + nd.sigmoid(i) * nd.tanh(c)
        H = nd.sigmoid(o) * nd.tanh(C)
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H, C)
