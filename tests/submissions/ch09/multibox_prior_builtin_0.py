# mistake: calls contrib.nd.MultiBoxPrior, the operator the exercise re-implements
# exercise: multibox_prior
# status: forbidden
# message: MultiBoxPrior

def multibox_prior(data, sizes, ratios):
    return contrib.nd.MultiBoxPrior(data, sizes=sizes, ratios=ratios)
