# mistake: the quadratic part ends at 1/sigma instead of 1/sigma^2
# exercise: smooth_l1
# status: failed
# message: it ends at |x| = 1/σ²

def smooth_l1(x, sigma):
    return nd.where(x.abs() < 1 / sigma, 0.5 * (sigma * x) ** 2, x.abs() - 0.5 / sigma ** 2)
