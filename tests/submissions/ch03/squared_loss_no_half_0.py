# mistake: forgets the factor 1/2
# exercise: squared_loss
# status: failed
# message: divide the squared error by 2

def squared_loss(y_hat, y):
    return (y_hat - y.reshape(y_hat.shape)) ** 2
