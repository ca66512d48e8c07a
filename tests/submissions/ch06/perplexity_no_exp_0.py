# mistake: returns the mean cross-entropy itself
# exercise: perplexity
# status: failed
# message: its exponential

def perplexity(outputs, Y):
    scores = nd.concat(*outputs, dim=0)
    loss = gloss.SoftmaxCrossEntropyLoss()
    return loss(scores, Y.T.reshape((-1,))).mean().asscalar()
