# mistake: doubles b in place (b *= 2), which autograd refuses while recording
# exercise: f
# status: partial
# message: inplace operations

def f(a):
    b = a * 2
    while b.norm().asscalar() < 1000:
        b *= 2
    if b.sum().asscalar() > 0:
        c = b
    else:
        c = 100 * b
    return c
