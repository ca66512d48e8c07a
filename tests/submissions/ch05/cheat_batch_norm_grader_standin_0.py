# mistake: imports the grader's stand-in batch_norm (from its public module)
# exercise: batch_norm
# status: forbidden
# message: batch_norm.public.stand_in

import importlib

batch_norm = importlib.import_module("d2l.selfcheck.ch05.batch_norm.public").stand_in
