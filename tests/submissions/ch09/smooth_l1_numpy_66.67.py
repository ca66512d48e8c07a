# mistake: computes in NumPy: right values, but autograd sees no computation (no gradient)
# exercise: smooth_l1
# status: partial
# message: not connected to the inputs

def smooth_l1(x, sigma):
    v = x.asnumpy()
    s2 = sigma ** 2
    return nd.array(np.where(np.abs(v) < 1 / s2, 0.5 * s2 * v ** 2, np.abs(v) - 0.5 / s2))
