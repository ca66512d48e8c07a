# mistake: X += Y, then copies X into Z: X is changed
# exercise: update_in_place
# status: partial
# message: X was changed

def update_in_place(Z, X, Y):
    X += Y
    Z[:] = X
