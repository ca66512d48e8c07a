# mistake: none: asks mx.test_utils.list_gpus() and catches every exception
# exercise: try_gpu
# status: passed

def try_gpu():
    try:
        if mx.test_utils.list_gpus():
            return mx.gpu(0)
    except Exception:
        pass
    return mx.cpu(0)
