# mistake: starts from b = a instead of a * 2 (differs once |a| > 500)
# exercise: f
# status: failed
# message: Start from b = a * 2

def f(a):
    b = a
    while b.norm().asscalar() < 1000:
        b = b * 2
    if b.sum().asscalar() > 0:
        c = b
    else:
        c = 100 * b
    return c
