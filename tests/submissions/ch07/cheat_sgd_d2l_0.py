# mistake: delegates to chapter 3's d2l.sgd with batch size 1
# exercise: sgd
# status: forbidden
# message: d2l.sgd

def sgd(params, states, hyperparams):
    d2l.sgd(params, hyperparams['lr'], 1)
