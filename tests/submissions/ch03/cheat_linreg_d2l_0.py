# mistake: delegates to the course library's linreg
# exercise: linreg
# status: forbidden
# message: d2l.linreg

from d2l import linreg as _book_linreg


def linreg(X, w, b):
    return _book_linreg(X, w, b)
