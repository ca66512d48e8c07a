# mistake: none: nd.norm(w) squared and halved
# exercise: l2_penalty
# status: passed
# message: has gradient w

def l2_penalty(w):
    return nd.norm(w) ** 2 / 2
