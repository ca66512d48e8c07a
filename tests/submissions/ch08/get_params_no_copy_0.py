# mistake: the parameters are not copied to the device: the originals are returned
# exercise: get_params
# status: failed
# message: original parameter arrays instead of copies

def get_params(params, ctx):
    for p in params:
        p.attach_grad()
    return params
