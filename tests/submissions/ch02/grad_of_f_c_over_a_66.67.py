# mistake: returns the formula c / a instead of asking autograd
# exercise: grad_of_f
# status: partial
# message: it returned c / a

def grad_of_f(a):
    return f(a) / a
