# mistake: flattens both sides and returns shape (n,) instead of y_hat's shape (n, 1)
# exercise: squared_loss
# status: partial
# message: shape

def squared_loss(y_hat, y):
    return (y_hat.reshape((-1,)) - y.reshape((-1,))) ** 2 / 2
