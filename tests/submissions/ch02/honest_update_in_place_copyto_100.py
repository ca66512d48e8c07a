# mistake: none: (X + Y).copyto(Z)
# exercise: update_in_place
# status: passed
# message: writes X + Y into the caller's Z

def update_in_place(Z, X, Y):
    (X + Y).copyto(Z)
