# mistake: none: the book's code verbatim
# exercise: style_loss
# status: passed
# message: passed

def style_loss(Y_hat, gram_Y):
    return (gram(Y_hat) - gram_Y).square().mean()
