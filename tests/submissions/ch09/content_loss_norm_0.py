# mistake: the norm of the difference, not squared
# exercise: content_loss
# status: failed
# message: not squared

def content_loss(Y_hat, Y):
    return (Y_hat - Y).norm()
