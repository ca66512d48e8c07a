# mistake: returns a Python float (via asscalar), which cuts the penalty off from autograd
# exercise: l2_penalty
# status: partial
# message: not an NDArray

def l2_penalty(w):
    return (w ** 2).sum().asscalar() / 2
