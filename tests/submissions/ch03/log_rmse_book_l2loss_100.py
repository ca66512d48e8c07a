# mistake: none: the book's version, sqrt(2 * L2Loss(...).mean())
# exercise: log_rmse
# status: passed
# message: clips predictions below 1

def log_rmse(net, features, labels):
    clipped_preds = nd.clip(net(features), 1, float('inf'))
    rmse = nd.sqrt(2 * gloss.L2Loss()(clipped_preds.log(), labels.log()).mean())
    return rmse.asscalar()
