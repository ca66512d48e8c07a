# mistake: none: Z[:] = X, then Z += Y
# exercise: update_in_place
# status: passed
# message: writes X + Y into the caller's Z

def update_in_place(Z, X, Y):
    Z[:] = X
    Z += Y
    return None
