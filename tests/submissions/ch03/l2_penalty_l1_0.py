# mistake: writes the L1 penalty, the sum of absolute values
# exercise: l2_penalty
# status: failed
# message: L1 penalty

def l2_penalty(w):
    return nd.abs(w).sum()
