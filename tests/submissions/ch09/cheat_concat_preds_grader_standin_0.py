# mistake: hands in the grader's stand-in concat_preds from its public module
# exercise: concat_preds
# status: forbidden
# message: concat_preds.public.stand_in

from d2l.selfcheck.ch09.concat_preds.public import stand_in as concat_preds  # noqa: F401
