# mistake: none: the book's code verbatim
# exercise: content_loss
# status: passed
# message: passed

def content_loss(Y_hat, Y):
    return (Y_hat - Y).square().mean()
