# mistake: copies the parameters to mx.gpu(0), as the book's GPU machine would, instead of the context it is given (the grader has no GPU)
# exercise: get_params
# status: error
# message: mx.gpu()

def get_params(params, ctx):
    new_params = [p.copyto(mx.gpu(0)) for p in params]
    for p in new_params:
        p.attach_grad()
    return new_params
