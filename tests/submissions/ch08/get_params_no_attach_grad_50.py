# mistake: the copies get no gradient
# exercise: get_params
# status: partial
# message: attach_grad()

def get_params(params, ctx):
    return [p.copyto(ctx) for p in params]
