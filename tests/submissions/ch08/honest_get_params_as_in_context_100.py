# mistake: none (nd.array with ctx=, gradients attached in a comprehension)
# exercise: get_params
# status: passed

def get_params(params, ctx):
    copies = [nd.array(p.asnumpy(), ctx=ctx, dtype=p.dtype) for p in params]
    [c.attach_grad() for c in copies]
    return copies
