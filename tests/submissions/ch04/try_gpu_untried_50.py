# mistake: returns mx.gpu() without trying it
# exercise: try_gpu
# status: partial
# message: although no GPU works

def try_gpu():
    try:
        return mx.gpu()
    except mx.base.MXNetError:
        return mx.cpu()
