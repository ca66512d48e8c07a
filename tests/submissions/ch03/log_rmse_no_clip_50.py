# mistake: forgets to clip the predictions, so log of a negative prediction is NaN
# exercise: log_rmse
# status: partial
# message: clip them

def log_rmse(net, features, labels):
    preds = net(features)
    return ((preds.log() - labels.log()) ** 2).mean().sqrt().asscalar()
