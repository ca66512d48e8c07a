# mistake: returns c = f(a) instead of a.grad
# exercise: grad_of_f
# status: failed
# message: return a.grad

def grad_of_f(a):
    a.attach_grad()
    with autograd.record():
        c = f(a)
    c.backward()
    return c
