# mistake: the gradients are not summed over the devices
# exercise: train_batch
# status: failed
# message: allreduce

def train_batch(X, y, device_params, ctx, lr):
    gpu_Xs, gpu_ys = split_and_load(X, ctx), split_and_load(y, ctx)
    with autograd.record():
        ls = [loss(lenet(gpu_X, gpu_W), gpu_y)
              for gpu_X, gpu_y, gpu_W in zip(gpu_Xs, gpu_ys, device_params)]
    for l in ls:
        l.backward()
    for param in device_params:
        d2l.sgd(param, lr, X.shape[0])
