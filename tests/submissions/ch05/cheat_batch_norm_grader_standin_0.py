# mistake: imports the grader's stand-in batch_norm
# exercise: batch_norm
# status: forbidden
# message: standins.ch05.batch_norm

from child.standins import STAND_INS

batch_norm = STAND_INS["batch_norm"]
