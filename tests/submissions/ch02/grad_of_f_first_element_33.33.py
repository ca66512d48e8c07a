# mistake: back-propagates c[0] only
# exercise: grad_of_f
# status: partial
# message: only the first element got a gradient

def grad_of_f(a):
    a.attach_grad()
    with autograd.record():
        c = f(a)
        first = c.reshape((-1,))[0]
    first.backward()
    return a.grad
