# mistake: each device updated with its own gradients instead of trainer.step
# exercise: train_step
# status: failed
# message: trainer.step(batch_size) sums the gradients

def train_step(net, trainer, X, y, ctx, loss):
    gpu_Xs = gutils.split_and_load(X, ctx)
    gpu_ys = gutils.split_and_load(y, ctx)
    with autograd.record():
        ls = [loss(net(gpu_X), gpu_y) for gpu_X, gpu_y in zip(gpu_Xs, gpu_ys)]
    for l in ls:
        l.backward()
    for p in net.collect_params().values():
        for c in ctx:
            p.data(c)[:] -= trainer.learning_rate * p.grad(c) / X.shape[0]
