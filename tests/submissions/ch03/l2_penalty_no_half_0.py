# mistake: forgets the factor 1/2
# exercise: l2_penalty
# status: failed
# message: divide by 2

def l2_penalty(w):
    return (w ** 2).sum()
