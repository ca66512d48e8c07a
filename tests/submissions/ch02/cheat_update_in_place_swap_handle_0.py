# mistake: points Z's handle at a new array instead of writing into Z's memory
# exercise: update_in_place
# status: error
# message: crashed the process
# alone: yes

def update_in_place(Z, X, Y):
    S = X + Y
    Z.handle = S.handle
