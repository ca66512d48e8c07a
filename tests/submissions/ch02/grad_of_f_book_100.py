# mistake: none: the book's attach_grad / record / backward lines
# exercise: grad_of_f
# status: passed
# message: c / a

def grad_of_f(a):
    a.attach_grad()
    with autograd.record():
        c = f(a)
    c.backward()
    return a.grad
