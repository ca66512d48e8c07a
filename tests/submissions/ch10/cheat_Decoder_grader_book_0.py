# mistake: the grader's decoder (a correct answer it ships) under the exercise's name
# exercise: Decoder
# status: forbidden
# message: the grader's Book

import d2l.selfcheck.ch10.Encoder.public as grader

Decoder = grader.BookDecoder
