# mistake: c = 100 * b for a positive sum
# exercise: f
# status: failed
# message: the two branches are swapped

def f(a):
    b = a * 2
    while b.norm().asscalar() < 1000:
        b = b * 2
    if b.sum().asscalar() > 0:
        c = 100 * b
    else:
        c = b
    return c
