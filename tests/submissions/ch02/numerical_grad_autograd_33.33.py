# mistake: returns autograd's gradient instead of a numerical one
# exercise: numerical_grad
# status: partial
# message: use the argument h

def numerical_grad(f, x, h=1e-5):
    x = x.copy()
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    return x.grad
