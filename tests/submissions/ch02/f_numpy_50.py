# mistake: computes in NumPy: the values are right, autograd sees nothing
# exercise: f
# status: partial
# message: computational graph

def f(a):
    b = a.asnumpy() * 2
    while np.linalg.norm(b) < 1000:
        b = b * 2
    c = b if b.sum() > 0 else 100 * b
    return nd.array(c)
