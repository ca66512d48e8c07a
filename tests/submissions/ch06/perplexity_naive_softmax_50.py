# mistake: a softmax without subtracting the maximum, which overflows for large scores
# exercise: perplexity
# status: partial
# message: exp overflows

def perplexity(outputs, Y):
    scores = nd.concat(*outputs, dim=0)
    probs = scores.exp() / scores.exp().sum(axis=1, keepdims=True)
    picked = nd.pick(probs, Y.T.reshape((-1,)))
    return math.exp(-picked.log().mean().asscalar())
