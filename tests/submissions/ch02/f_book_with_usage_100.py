# mistake: none: the book's f with the cells after it (a random a, record, backward, the check a.grad == c / a)
# exercise: f
# status: passed

def f(a):
    b = a * 2
    while b.norm().asscalar() < 1000:
        b = b * 2
    if b.sum().asscalar() > 0:
        c = b
    else:
        c = 100 * b
    return c


a = nd.random.normal(shape=1)
a.attach_grad()
with autograd.record():
    c = f(a)
c.backward()
print(a.grad == c / a)
