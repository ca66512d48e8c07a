# mistake: uses gloss.L2Loss (half the squared error) without the factor 2
# exercise: log_rmse
# status: failed
# message: multiply by 2

def log_rmse(net, features, labels):
    clipped = nd.clip(net(features), 1, float('inf'))
    loss = gloss.L2Loss()
    return nd.sqrt(loss(clipped.log(), labels.log()).mean()).asscalar()
