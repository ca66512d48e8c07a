# mistake: none: asks MXNet how many GPUs there are
# exercise: try_gpu
# status: passed

def try_gpu():
    return mx.gpu() if mx.context.num_gpus() > 0 else mx.cpu()
