# mistake: returns X + Y instead of writing it into Z
# exercise: update_in_place
# status: failed
# message: Z[:] = X + Y

def update_in_place(Z, X, Y):
    return X + Y
