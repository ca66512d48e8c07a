# mistake: averages the loss over the batch
# exercise: squared_loss
# status: failed
# message: without sum or mean

def squared_loss(y_hat, y):
    return ((y_hat - y.reshape(y_hat.shape)) ** 2 / 2).mean()
