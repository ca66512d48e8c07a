# mistake: copies x to mx.cpu() instead of ctx
# exercise: to_ctx
# status: partial
# message: not on ctx

def to_ctx(x, net, ctx):
    net.collect_params().reset_ctx(ctx)
    return x.as_in_context(mx.cpu())
