# mistake: a cheat: the grader's copy of the book's f from the public module
# exercise: f
# status: forbidden
# message: book_f

from d2l.selfcheck.ch02.f.public import book_f as f  # noqa: F401
