# mistake: none: the power written as exp(gamma * log(1 - x))
# exercise: focal_loss
# status: passed
# message: log x

def focal_loss(gamma, x):
    log_x = nd.log(x)
    return -nd.exp(gamma * nd.log1p(-x)) * log_x
