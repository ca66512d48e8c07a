# mistake: alpha = 0.25 of the focal-loss paper, where the exercise takes alpha = 1
# exercise: focal_loss
# status: failed
# message: times the focal loss

def focal_loss(gamma, x):
    return -0.25 * (1 - x) ** gamma * x.log()
