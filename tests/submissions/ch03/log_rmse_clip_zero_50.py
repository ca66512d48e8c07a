# mistake: clips the predictions at 0 instead of 1, so log(0) = -inf
# exercise: log_rmse
# status: partial
# message: clip them

def log_rmse(net, features, labels):
    clipped = nd.clip(net(features), 0, float('inf'))
    return ((clipped.log() - labels.log()) ** 2).mean().sqrt().asscalar()
