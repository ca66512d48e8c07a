# mistake: Gluon's HuberLoss with rho = 1 / sigma^2, one element per example
# exercise: smooth_l1
# status: forbidden
# message: gloss.HuberLoss

def smooth_l1(x, sigma):
    huber = gloss.HuberLoss(rho=1 / sigma ** 2)
    flat = x.reshape((-1, 1))
    return huber(flat, nd.zeros_like(flat)).reshape(x.shape)
