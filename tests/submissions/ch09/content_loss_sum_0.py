# mistake: the squared errors summed instead of averaged
# exercise: content_loss
# status: failed
# message: summed

def content_loss(Y_hat, Y):
    return ((Y_hat - Y) ** 2).sum()
