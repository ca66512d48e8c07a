# mistake: none: nd.moments computes the mean and the biased variance in one call
# exercise: batch_norm
# status: passed
# message: returns the moving statistics

def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    if not autograd.is_training():
        return gamma * (X - moving_mean) / nd.sqrt(moving_var + eps) + beta, moving_mean, moving_var
    axes = (0,) if X.ndim == 2 else (0, 2, 3)
    mean, var = nd.moments(X, axes=axes, keepdims=True)
    X_hat = (X - mean) / nd.sqrt(var + eps)
    return (gamma * X_hat + beta, momentum * moving_mean + (1 - momentum) * mean,
            momentum * moving_var + (1 - momentum) * var)
