# mistake: only the copy on the first device is updated
# exercise: train_batch
# status: failed
# message: did not change

def train_batch(X, y, device_params, ctx, lr):
    gpu_Xs, gpu_ys = split_and_load(X, ctx), split_and_load(y, ctx)
    with autograd.record():
        ls = [loss(lenet(gpu_X, gpu_W), gpu_y)
              for gpu_X, gpu_y, gpu_W in zip(gpu_Xs, gpu_ys, device_params)]
    for l in ls:
        l.backward()
    for i in range(len(device_params[0])):
        allreduce([device_params[c][i].grad for c in range(len(ctx))])
    d2l.sgd(device_params[0], lr, X.shape[0])
