# mistake: pastes the book's cell whole: a = nd.random.normal(shape=1) replaces the argument
# exercise: grad_of_f
# status: failed
# message: grad_of_f

def grad_of_f(a):
    a = nd.random.normal(shape=1)
    a.attach_grad()
    with autograd.record():
        c = f(a)
    c.backward()
    return a.grad
