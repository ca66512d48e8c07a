# mistake: none: nd.mean of nd.square, divided out by hand
# exercise: content_loss
# status: passed
# message: passed

def content_loss(Y_hat, Y):
    diff = nd.elemwise_sub(Y_hat, Y)
    return nd.sum(diff * diff) / diff.size
