# mistake: none: writes row by row with slice assignment
# exercise: update_in_place
# status: passed

def update_in_place(Z, X, Y):
    for i in range(Z.shape[0]):
        Z[i] = X[i] + Y[i]
