# mistake: exp of mx.metric.CrossEntropy is the perplexity
# exercise: perplexity
# status: forbidden
# message: mx.metric

import math


def perplexity(outputs, Y):
    metric = mx.metric.CrossEntropy()
    metric.update([Y.T.reshape((-1,))], [nd.softmax(nd.concat(*outputs, dim=0))])
    return math.exp(metric.get()[1])
