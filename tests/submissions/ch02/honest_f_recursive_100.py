# mistake: none: the doubling as a recursion, the branch as a product
# exercise: f
# status: passed
# message: the book's c

def _doubled(b):
    return b if b.norm().asscalar() >= 1000 else _doubled(2 * b)


def f(a):
    b = _doubled(a * 2)
    return b * (1 if b.sum().asscalar() > 0 else 100)
