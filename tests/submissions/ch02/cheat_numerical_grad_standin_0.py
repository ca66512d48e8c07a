# mistake: a cheat: the grader's numerical_grad from the public tree
# exercise: numerical_grad
# status: forbidden
# message: numerical_grad_stand_in

from d2l.selfcheck.ch02.numerical_grad.public import STAND_IN as numerical_grad  # noqa: F401
