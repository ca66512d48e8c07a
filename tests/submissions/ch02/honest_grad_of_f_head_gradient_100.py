# mistake: none: a copy of a, backward with an explicit head gradient of ones
# exercise: grad_of_f
# status: passed
# message: c / a

def grad_of_f(a):
    x = a.copy()
    x.attach_grad()
    with autograd.record():
        c = f(x)
    c.backward(nd.ones_like(c))
    return x.grad.copy()
