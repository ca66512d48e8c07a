# mistake: twice gloss.L2Loss of the Gram matrices (a Gluon loss, forbidden)
# exercise: style_loss
# status: forbidden
# message: calls the built-in

def style_loss(Y_hat, gram_Y):
    G = gram(Y_hat)
    return 2 * gloss.L2Loss()(G.reshape((1, -1)), gram_Y.reshape((1, -1))).mean()
