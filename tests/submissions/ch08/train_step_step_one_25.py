# mistake: trainer.step(1): the summed gradient of the whole batch is not divided by the batch size
# exercise: train_step
# status: partial
# message: times too long, the batch size

def train_step(net, trainer, X, y, ctx, loss):
    gpu_Xs = gutils.split_and_load(X, ctx)
    gpu_ys = gutils.split_and_load(y, ctx)
    with autograd.record():
        ls = [loss(net(gpu_X), gpu_y) for gpu_X, gpu_y in zip(gpu_Xs, gpu_ys)]
    for l in ls:
        l.backward()
    trainer.step(1)
