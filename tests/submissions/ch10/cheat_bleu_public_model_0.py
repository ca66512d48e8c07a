# mistake: a cheat: returns the grader's bleu.public.model
# exercise: bleu
# status: forbidden
# message: public.

from d2l.selfcheck.ch10.bleu.public import model as _m
def bleu(pred_tokens, label_tokens, k):
    return _m(pred_tokens, label_tokens, k)
