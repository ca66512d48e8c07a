# mistake: weights by x^gamma instead of (1 - x)^gamma
# exercise: focal_loss
# status: failed
# message: the weight is x^γ

def focal_loss(gamma, x):
    return -x ** gamma * nd.log(x)
