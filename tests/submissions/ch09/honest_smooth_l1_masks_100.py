# mistake: none: a 0/1 mask blends the two parts
# exercise: smooth_l1
# status: passed
# message: nd.smooth_l1

def smooth_l1(x, sigma):
    a = nd.abs(x)
    inside = a < 1.0 / (sigma * sigma)
    return inside * (sigma * x) ** 2 / 2 + (1 - inside) * (a - 0.5 / sigma / sigma)
