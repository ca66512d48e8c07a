# mistake: copies the parameters to mx.cpu() whatever ctx it is given
# exercise: get_params
# status: failed
# message: copy it to the device

def get_params(params, ctx):
    new_params = [p.copyto(mx.cpu()) for p in params]
    for p in new_params:
        p.attach_grad()
    return new_params
