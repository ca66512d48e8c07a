# mistake: none: copyto and reset_ctx on each parameter
# exercise: to_ctx
# status: passed

def to_ctx(x, net, ctx):
    for p in net.collect_params().values():
        p.reset_ctx(ctx)
    return x.copyto(ctx)
