# mistake: none: the book's try_gpu (d2lzh, §5.5) verbatim
# exercise: try_gpu
# status: passed

def try_gpu():  # 本函数已保存在d2lzh包中方便以后使用
    try:
        ctx = mx.gpu()
        _ = nd.zeros((1,), ctx=ctx)
    except mx.base.MXNetError:
        ctx = mx.cpu()
    return ctx
