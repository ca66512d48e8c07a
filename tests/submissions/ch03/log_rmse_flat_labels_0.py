# mistake: flattens the labels to (n,), so (n, 1) - (n,) broadcasts to an (n, n) matrix
# exercise: log_rmse
# status: failed
# message: (n, n)

def log_rmse(net, features, labels):
    clipped = nd.clip(net(features), 1, float('inf'))
    return ((clipped.log() - labels.reshape((-1,)).log()) ** 2).mean().sqrt().asscalar()
