# mistake: calls backward without autograd.record()
# exercise: grad_of_f
# status: error
# message: autograd.record()

def grad_of_f(a):
    a.attach_grad()
    c = f(a)
    c.backward()
    return a.grad
