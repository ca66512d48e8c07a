# mistake: none: the book's code verbatim
# exercise: f
# status: passed
# message: the book's c

def f(a):
    b = a * 2
    while b.norm().asscalar() < 1000:
        b = b * 2
    if b.sum().asscalar() > 0:
        c = b
    else:
        c = 100 * b
    return c
