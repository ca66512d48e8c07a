# mistake: computes the steps in NumPy and wraps the results, so autograd cannot see them
# exercise: rnn
# status: partial
# message: outside autograd

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = [p.asnumpy() for p in params]
    H = state[0].asnumpy()
    outputs = []
    for X in inputs:
        H = np.tanh(X.asnumpy() @ W_xh + H @ W_hh + b_h)
        outputs.append(nd.array(H @ W_hq + b_q))
    return outputs, (nd.array(H),)
