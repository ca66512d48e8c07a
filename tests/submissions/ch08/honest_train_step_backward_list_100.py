# mistake: none (own split, one autograd.backward over all devices' losses)
# exercise: train_step
# status: passed

def train_step(net, trainer, X, y, ctx, loss):
    m = X.shape[0] // len(ctx)
    parts = [(X[i * m:(i + 1) * m].as_in_context(c), y[i * m:(i + 1) * m].as_in_context(c))
             for i, c in enumerate(ctx)]
    with autograd.record():
        ls = [loss(net(Xc), yc) for Xc, yc in parts]
    autograd.backward(ls)
    trainer.step(X.shape[0])
