# mistake: the summed gradients divided by the per-device batch size
# exercise: train_batch
# status: partial
# message: divide by the whole batch size

def train_batch(X, y, device_params, ctx, lr):
    gpu_Xs, gpu_ys = split_and_load(X, ctx), split_and_load(y, ctx)
    with autograd.record():
        ls = [loss(lenet(gpu_X, gpu_W), gpu_y)
              for gpu_X, gpu_y, gpu_W in zip(gpu_Xs, gpu_ys, device_params)]
    for l in ls:
        l.backward()
    for i in range(len(device_params[0])):
        allreduce([device_params[c][i].grad for c in range(len(ctx))])
    for param, gpu_X in zip(device_params, gpu_Xs):
        d2l.sgd(param, lr, gpu_X.shape[0])
