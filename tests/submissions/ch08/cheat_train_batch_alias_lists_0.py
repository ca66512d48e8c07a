# mistake: trains device 0 alone on the whole batch, then makes every device's list hold device 0's arrays
# exercise: train_batch
# status: failed
# message: did not change

def train_batch(X, y, device_params, ctx, lr):
    params = device_params[0]
    with autograd.record():
        l = loss(lenet(X.as_in_context(ctx[0]), params), y.as_in_context(ctx[0]))
    l.backward()
    d2l.sgd(params, lr, X.shape[0])
    for other in device_params[1:]:
        other[:] = params
