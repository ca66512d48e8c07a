# mistake: takes the exponential of the summed cross-entropy instead of its mean
# exercise: perplexity
# status: failed
# message: summed

def perplexity(outputs, Y):
    scores = nd.concat(*outputs, dim=0)
    loss = gloss.SoftmaxCrossEntropyLoss()
    return math.exp(loss(scores, Y.T.reshape((-1,))).sum().asscalar())
