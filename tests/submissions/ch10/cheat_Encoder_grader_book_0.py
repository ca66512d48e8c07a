# mistake: the grader's encoder (a correct answer it ships) under the exercise's name
# exercise: Encoder
# status: forbidden
# message: the grader's Book

from d2l.selfcheck.ch10.Encoder.public import BookEncoder


class Encoder(BookEncoder):
    pass
