# mistake: none: moves each parameter with Parameter.reset_ctx, and copies x with copyto
# exercise: to_ctx
# status: passed

def to_ctx(x, net, ctx):
    for name, param in net.collect_params().items():
        param.reset_ctx(ctx)
    return x.copyto(ctx)
