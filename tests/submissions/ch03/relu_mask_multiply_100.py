# mistake: none: multiplies X by the mask X > 0
# exercise: relu
# status: passed
# message: leaves its input unchanged

def relu(X):
    return X * (X > 0)
