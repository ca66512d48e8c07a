# mistake: none: local names watch, sandbox, trace and grader (a lambda for the moving average), an f-string with !r
# exercise: batch_norm
# status: passed
# message: passes the right gradients to X, gamma and beta

def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    trace = []  # which branch ran, for debugging
    if not autograd.is_training():
        trace.append('predict')
        X_hat = (X - moving_mean) / nd.sqrt(moving_var + eps)
    else:
        watch = (0,) if len(X.shape) == 2 else (0, 2, 3)
        sandbox = len(X.shape) == 4  # keepdims for the convolutional case
        trace.append(f'train over axes {watch!r}')
        mean = X.mean(axis=watch, keepdims=sandbox)
        var = ((X - mean) ** 2).mean(axis=watch, keepdims=sandbox)
        X_hat = (X - mean) / nd.sqrt(var + eps)
        grader = lambda old, new: momentum * old + (1.0 - momentum) * new  # noqa: E731
        moving_mean = grader(moving_mean, mean)
        moving_var = grader(moving_var, var)
    Y = gamma * X_hat + beta
    return Y, moving_mean, moving_var
