# mistake: returns a Python float (asscalar): right value, autograd cannot differentiate it
# exercise: content_loss
# status: partial
# message: not an NDArray

def content_loss(Y_hat, Y):
    return ((Y_hat - Y) ** 2).mean().asscalar()
