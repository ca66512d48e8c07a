# mistake: none: the whole computation in NumPy (float64 log-sum-exp), returned as a Python float
# exercise: perplexity
# status: passed
# message: stays finite and exact when scores are large

def perplexity(outputs, Y):
    scores = np.concatenate([o.asnumpy() for o in outputs], axis=0).astype(np.float64)
    labels = Y.T.reshape((-1,)).asnumpy().astype(np.int64)
    top = scores.max(axis=1, keepdims=True)
    log_partition = top[:, 0] + np.log(np.exp(scores - top).sum(axis=1))
    nll = log_partition - scores[np.arange(len(labels)), labels]
    return math.exp(float(nll.mean()))
