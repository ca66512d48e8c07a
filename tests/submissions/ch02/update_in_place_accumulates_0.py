# mistake: Z += X + Y: adds to the old values
# exercise: update_in_place
# status: failed
# message: adds to Z. Overwrite it

def update_in_place(Z, X, Y):
    Z += X + Y
