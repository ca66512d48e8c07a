# mistake: delegates to mx.metric.Perplexity
# exercise: perplexity
# status: forbidden
# message: mx.metric.Perplexity

def perplexity(outputs, Y):
    metric = mx.metric.Perplexity(ignore_label=None)
    metric.update([Y.T.reshape((-1,))], [nd.softmax(nd.concat(*outputs, dim=0))])
    return metric.get()[1]
