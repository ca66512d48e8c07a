# mistake: initializes the network again on ctx
# exercise: to_ctx
# status: partial
# message: initialized again

def to_ctx(x, net, ctx):
    net.initialize(ctx=ctx, force_reinit=True)
    return x.as_in_context(ctx)
