# mistake: doubles while the norm is below 100 instead of 1000
# exercise: f
# status: failed
# message: b is doubled a different number of times

def f(a):
    b = a * 2
    while b.norm().asscalar() < 100:
        b = b * 2
    if b.sum().asscalar() > 0:
        c = b
    else:
        c = 100 * b
    return c
