# mistake: averages the squared weights instead of summing them
# exercise: l2_penalty
# status: failed
# message: the squares are averaged

def l2_penalty(w):
    return (w ** 2).mean() / 2
