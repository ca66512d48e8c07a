# mistake: none (each device's loss as its mean times its size, backward of all losses at once, an update written out)
# exercise: train_batch
# status: passed

def train_batch(X, y, device_params, ctx, lr):
    Xs, ys = split_and_load(X, ctx), split_and_load(y, ctx)
    with autograd.record():
        ls = [loss(lenet(Xc, Wc), yc).mean() * Xc.shape[0]
              for Xc, yc, Wc in zip(Xs, ys, device_params)]
    autograd.backward(ls)
    for i in range(len(device_params[0])):
        allreduce([params[i].grad for params in device_params])
    batch_size = X.shape[0]
    for params in device_params:
        for p in params:
            p[:] = p - lr / batch_size * p.grad
