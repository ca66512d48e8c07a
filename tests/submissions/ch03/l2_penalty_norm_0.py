# mistake: returns the norm ||w|| instead of half its square
# exercise: l2_penalty
# status: failed
# message: this is the norm

def l2_penalty(w):
    return nd.norm(w)
