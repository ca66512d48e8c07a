# mistake: returns the mean squared log error, forgetting the square root
# exercise: log_rmse
# status: failed
# message: the square root is missing

def log_rmse(net, features, labels):
    clipped = nd.clip(net(features), 1, float('inf'))
    return ((clipped.log() - labels.log()) ** 2).mean().asscalar()
