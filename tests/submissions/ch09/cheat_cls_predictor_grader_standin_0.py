# mistake: hands in the grader's stand-in cls_predictor from its public module
# exercise: cls_predictor
# status: forbidden
# message: cls_predictor.public.stand_in

from d2l.selfcheck.ch09.cls_predictor.public import stand_in as cls_predictor  # noqa: F401
