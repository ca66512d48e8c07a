# mistake: none: the book's code verbatim
# exercise: focal_loss
# status: passed
# message: log x

def focal_loss(gamma, x):
    return -(1 - x) ** gamma * x.log()
