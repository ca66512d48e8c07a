# mistake: calls nd.BatchNorm and updates the statistics itself
# exercise: batch_norm
# status: forbidden
# message: calls the built-in

def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    shape = moving_mean.shape
    Y = nd.BatchNorm(X, gamma.reshape((-1,)), beta.reshape((-1,)), moving_mean.reshape((-1,)),
                     moving_var.reshape((-1,)), eps=eps, momentum=momentum, fix_gamma=False,
                     use_global_stats=not autograd.is_training())
    if autograd.is_training():
        axes = (0,) if X.ndim == 2 else (0, 2, 3)
        mean, var = nd.moments(X, axes=axes, keepdims=True)
        moving_mean = momentum * moving_mean + (1 - momentum) * mean.reshape(shape)
        moving_var = momentum * moving_var + (1 - momentum) * var.reshape(shape)
    return Y, moving_mean, moving_var
