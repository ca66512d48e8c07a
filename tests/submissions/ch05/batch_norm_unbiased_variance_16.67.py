# mistake: the unbiased variance (divides by m - 1)
# exercise: batch_norm
# status: partial
# message: unbiased estimator

def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    if not autograd.is_training():
        X_hat = (X - moving_mean) / nd.sqrt(moving_var + eps)
    else:
        assert len(X.shape) in (2, 4)
        if len(X.shape) == 2:
            mean = X.mean(axis=0)
            var = ((X - mean) ** 2).sum(axis=0) / (X.shape[0] - 1)
        else:
            mean = X.mean(axis=(0, 2, 3), keepdims=True)
            m = X.size // X.shape[1]
            var = ((X - mean) ** 2).sum(axis=(0, 2, 3), keepdims=True) / (m - 1)
        X_hat = (X - mean) / nd.sqrt(var + eps)
        moving_mean = momentum * moving_mean + (1.0 - momentum) * mean
        moving_var = momentum * moving_var + (1.0 - momentum) * var
    Y = gamma * X_hat + beta
    return Y, moving_mean, moving_var
