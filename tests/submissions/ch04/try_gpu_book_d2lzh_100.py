# mistake: none: d2lzh's own try_gpu (utils.py), which allocates with nd.array
# exercise: try_gpu
# status: passed

def try_gpu():
    """If GPU is available, return mx.gpu(0); else return mx.cpu()."""
    try:
        ctx = mx.gpu()
        _ = nd.array([0], ctx=ctx)
    except mx.base.MXNetError:
        ctx = mx.cpu()
    return ctx
