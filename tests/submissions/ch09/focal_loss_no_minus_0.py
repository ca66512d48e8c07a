# mistake: without the minus sign: the loss is negative
# exercise: focal_loss
# status: failed
# message: with the minus sign

def focal_loss(gamma, x):
    return (1 - x) ** gamma * x.log()
