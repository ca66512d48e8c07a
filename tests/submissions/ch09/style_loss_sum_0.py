# mistake: the squared errors of the Gram matrices summed instead of averaged
# exercise: style_loss
# status: failed
# message: summed

def style_loss(Y_hat, gram_Y):
    return (gram(Y_hat) - gram_Y).square().sum()
