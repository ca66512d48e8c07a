# mistake: delegates to the course library's to_onehot (nd.one_hot inside)
# exercise: one_hot
# status: forbidden
# message: nd.one_hot

def one_hot(indices, depth):
    import d2l
    return d2l.to_onehot(indices.reshape((1, -1)), depth)[0].reshape(indices.shape + (depth,))
