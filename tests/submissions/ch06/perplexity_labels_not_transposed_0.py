# mistake: flattens Y row by row, so the labels do not line up with the step-by-step outputs
# exercise: perplexity
# status: failed
# message: the labels do not line up

def perplexity(outputs, Y):
    scores = nd.concat(*outputs, dim=0)
    loss = gloss.SoftmaxCrossEntropyLoss()
    return math.exp(loss(scores, Y.reshape((-1,))).mean().asscalar())
