# mistake: none (one loop per device, the update written out)
# exercise: train_batch
# status: passed

def train_batch(X, y, device_params, ctx, lr):
    Xs, ys = split_and_load(X, ctx), split_and_load(y, ctx)
    for Xc, yc, Wc in zip(Xs, ys, device_params):
        with autograd.record():
            l = loss(lenet(Xc, Wc), yc).sum()
        l.backward()
    for grads in zip(*[[p.grad for p in Wc] for Wc in device_params]):
        allreduce(list(grads))
    batch_size = X.shape[0]
    for Wc in device_params:
        for p in Wc:
            p[:] -= lr / batch_size * p.grad
