# mistake: the whole batch goes through the first device's copy; the others get no gradient
# exercise: train_step
# status: error
# message: has not been updated by backward

def train_step(net, trainer, X, y, ctx, loss):
    with autograd.record():
        l = loss(net(X.as_in_context(ctx[0])), y.as_in_context(ctx[0]))
    l.backward()
    trainer.step(X.shape[0])
