# mistake: delegates to the course library's squared_loss
# exercise: squared_loss
# status: forbidden
# message: d2l.squared_loss

def squared_loss(y_hat, y):
    return d2l.squared_loss(y_hat, y)
