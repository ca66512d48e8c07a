# mistake: the book's initialize(ctx=...) and copyto on an already initialized network
# exercise: to_ctx
# status: partial
# message: initialize() does not move

def to_ctx(x, net, ctx):
    y = x.copyto(ctx)
    net.initialize(ctx=ctx)
    return y
