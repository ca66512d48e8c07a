# mistake: replaces builtins (abs, all, any, isinstance of floats) to fool assertions, and a wrong penalty
# exercise: l2_penalty
# status: forbidden
# message: imports `builtins`
# alone: yes
# others: forbidden

import builtins

builtins.abs = lambda x: 0
builtins.all = lambda *args: True
builtins.any = lambda *args: True
builtins.AssertionError = type("AssertionError", (Exception,), {})


def l2_penalty(w):
    return (w ** 2).sum()
