# mistake: a cheat: MultiBoxPrior inside a hybridized HybridLambda (run by a CachedOp)
# exercise: multibox_prior
# status: forbidden
# message: MultiBoxPrior

def multibox_prior(data, sizes, ratios):
    blk = nn.HybridLambda(lambda F, x: F.contrib.MultiBoxPrior(x, sizes=sizes, ratios=ratios))
    blk.hybridize()
    return blk(data)
