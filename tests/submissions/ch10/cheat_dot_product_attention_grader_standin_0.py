# mistake: imports the grader's stand-in
# exercise: dot_product_attention
# status: forbidden
# message: dot_product_attention.public

from d2l.selfcheck.ch10.dot_product_attention.public import STAND_IN as dot_product_attention  # noqa: F401
