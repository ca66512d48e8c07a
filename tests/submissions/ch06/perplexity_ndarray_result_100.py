# mistake: none: log-softmax by hand and an NDArray of one element as the result
# exercise: perplexity
# status: passed
# message: stays finite and exact

def perplexity(outputs, Y):
    scores = nd.concat(*outputs, dim=0)
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - shifted.exp().sum(axis=1, keepdims=True).log()
    return nd.exp(-nd.pick(log_probs, Y.T.reshape((-1,))).mean())
