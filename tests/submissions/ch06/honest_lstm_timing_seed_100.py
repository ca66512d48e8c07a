# mistake: none: seeds mx.random inside (the cell draws nothing), times itself with time.perf_counter, prints type, shape and sys.getsizeof on the first step
# exercise: lstm
# status: passed
# message: matches gluon.rnn.LSTM and a dense output layer
# alone: yes

import sys
import time


def lstm(inputs, state, params):
    mx.random.seed(0)  # reproducible experiments (nothing below is random)
    start = time.perf_counter()
    [W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c,
     W_hq, b_q] = params
    (H, C) = state
    outputs = []
    for t, X in enumerate(inputs):
        if t == 0:
            print(type(X), X.shape, sys.getsizeof(outputs))
        I = nd.sigmoid(nd.dot(X, W_xi) + nd.dot(H, W_hi) + b_i)
        F = nd.sigmoid(nd.dot(X, W_xf) + nd.dot(H, W_hf) + b_f)
        O = nd.sigmoid(nd.dot(X, W_xo) + nd.dot(H, W_ho) + b_o)
        C_tilda = nd.tanh(nd.dot(X, W_xc) + nd.dot(H, W_hc) + b_c)
        C = F * C + I * C_tilda
        H = O * C.tanh()
        outputs.append(nd.dot(H, W_hq) + b_q)
    print(f"lstm: {len(outputs)} steps in {time.perf_counter() - start:.4f} s")
    return outputs, (H, C)
