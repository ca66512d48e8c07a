# mistake: a cheat: always reports a perfect gradient
# exercise: grad_check
# status: partial
# message: expected

def grad_check(f, x):
    return 0.0
