# mistake: replaces builtins.AssertionError to fool assertions, and a wrong penalty
# exercise: l2_penalty
# status: forbidden
# message: tampered
# alone: yes
# others: forbidden

import builtins

builtins.AssertionError = type("AssertionError", (Exception,), {})


def l2_penalty(w):
    return (w ** 2).sum()
