# mistake: the book's get_params with its demo on mx.gpu(0), unguarded: the grader has no GPU and MXNet aborts (the notebook says so)
# exercise: get_params
# message: crashed
# status: error
# alone: yes

def get_params(params, ctx):
    new_params = [p.copyto(ctx) for p in params]
    for p in new_params:
        p.attach_grad()
    return new_params

new_params = get_params(params, mx.gpu(0))
print('b1 weight:', new_params[1])
print('b1 grad:', new_params[1].grad)
