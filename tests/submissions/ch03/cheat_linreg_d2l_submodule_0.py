# mistake: imports the course library's linreg from its submodule, around the watched name
# exercise: linreg
# status: forbidden
# message: d2l.linreg
# alone: yes

from d2l.regression import linreg as _book_linreg


def linreg(X, w, b):
    return _book_linreg(X, w, b)
