# mistake: calls MXNet's operator, as the book's exercise does
# exercise: smooth_l1
# status: forbidden
# message: nd.smooth_l1

def smooth_l1(x, sigma):
    return nd.smooth_l1(x, scalar=sigma)
