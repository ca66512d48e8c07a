# mistake: none (the book's get_params, verbatim)
# exercise: get_params
# status: passed

def get_params(params, ctx):
    new_params = [p.copyto(ctx) for p in params]
    for p in new_params:
        p.attach_grad()
    return new_params
