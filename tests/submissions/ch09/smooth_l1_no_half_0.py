# mistake: the quadratic part without the 1/2
# exercise: smooth_l1
# status: failed
# message: it is (σx)²/2

def smooth_l1(x, sigma):
    return nd.where(x.abs() < 1 / sigma ** 2, (sigma * x) ** 2, x.abs() - 0.5 / sigma ** 2)
