# mistake: takes the Gram matrix of gram_Y again
# exercise: style_loss
# status: failed
# message: gram_Y is already

def style_loss(Y_hat, gram_Y):
    return (gram(Y_hat) - gram(gram_Y.expand_dims(0))).square().mean()
