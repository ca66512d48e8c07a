# mistake: forgets to reshape y, so (n, 1) - (n,) broadcasts to an (n, n) matrix
# exercise: squared_loss
# status: partial
# message: reshape y to y_hat.shape

def squared_loss(y_hat, y):
    return (y_hat - y) ** 2 / 2
