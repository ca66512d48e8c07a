# mistake: left the stub as released
# exercise: l2_penalty
# status: error
# message: not implemented yet

def l2_penalty(w):
    # YOUR CODE HERE
    raise NotImplementedError()
