# mistake: trainer.step with the per-device batch size
# exercise: train_step
# status: partial
# message: times too long

def train_step(net, trainer, X, y, ctx, loss):
    gpu_Xs = gutils.split_and_load(X, ctx)
    gpu_ys = gutils.split_and_load(y, ctx)
    with autograd.record():
        ls = [loss(net(gpu_X), gpu_y) for gpu_X, gpu_y in zip(gpu_Xs, gpu_ys)]
    for l in ls:
        l.backward()
    trainer.step(gpu_Xs[0].shape[0])
