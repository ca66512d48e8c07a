# mistake: the grader's own allreduce (the stand-in train_batch's checks use) under the exercise's name
# exercise: allreduce
# status: forbidden
# message: allreduce.public.STAND_IN

import d2l.selfcheck.ch08.allreduce.public as grader

allreduce = grader.STAND_IN
