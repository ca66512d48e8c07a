# mistake: none: the book's Z[:] = X + Y
# exercise: update_in_place
# status: passed
# message: writes X + Y into the caller's Z

def update_in_place(Z, X, Y):
    Z[:] = X + Y
