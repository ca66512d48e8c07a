# mistake: none: a NumPy round trip (no gradient is needed) with np.maximum as the clip
# exercise: log_rmse
# status: passed
# message: is the RMSE between log predictions

def log_rmse(net, features, labels):
    preds = np.maximum(net(features).asnumpy(), 1.0)
    diff = np.log(preds) - np.log(labels.asnumpy())
    return float(np.sqrt(np.mean(diff ** 2)))
