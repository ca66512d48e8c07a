# mistake: normalizes the transposed input with nd.LayerNorm (a normalization built-in)
# exercise: batch_norm
# status: forbidden
# message: calls the built-in

def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    if not autograd.is_training() or X.ndim != 2:
        return (gamma * (X - moving_mean) / nd.sqrt(moving_var + eps) + beta, moving_mean,
                moving_var)
    X_hat = nd.LayerNorm(X.T, nd.ones(X.shape[0]), nd.zeros(X.shape[0]), eps=eps).T
    mean = X.mean(axis=0, keepdims=True)
    var = ((X - mean) ** 2).mean(axis=0, keepdims=True)
    return (gamma * X_hat + beta, momentum * moving_mean + (1 - momentum) * mean,
            momentum * moving_var + (1 - momentum) * var)
