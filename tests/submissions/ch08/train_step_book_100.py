# mistake: none (the body of the book's §8.5 training loop, verbatim, as one step)
# exercise: train_step
# status: passed

def train_step(net, trainer, X, y, ctx, loss):
    batch_size = X.shape[0]
    gpu_Xs = gutils.split_and_load(X, ctx)
    gpu_ys = gutils.split_and_load(y, ctx)
    with autograd.record():
        ls = [loss(net(gpu_X), gpu_y)
              for gpu_X, gpu_y in zip(gpu_Xs, gpu_ys)]
    for l in ls:
        l.backward()
    trainer.step(batch_size)
