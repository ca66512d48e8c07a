# mistake: Z = X + Y: a new array, the caller's Z unchanged
# exercise: update_in_place
# status: failed
# message: only rebinds the name Z

def update_in_place(Z, X, Y):
    Z = X + Y
    return Z
