# mistake: forgets a.attach_grad()
# exercise: grad_of_f
# status: error
# message: attach_grad

def grad_of_f(a):
    with autograd.record():
        c = f(a)
    c.backward()
    return a.grad
