# mistake: twice gloss.L2Loss (a Gluon loss, forbidden)
# exercise: content_loss
# status: forbidden
# message: calls the built-in

def content_loss(Y_hat, Y):
    return 2 * gloss.L2Loss()(Y_hat, Y).mean()
