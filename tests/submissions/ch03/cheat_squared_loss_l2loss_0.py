# mistake: uses gluon.loss.L2Loss and reshapes its result
# exercise: squared_loss
# status: forbidden
# message: L2Loss

def squared_loss(y_hat, y):
    return gloss.L2Loss()(y_hat, y.reshape(y_hat.shape)).reshape(y_hat.shape)
