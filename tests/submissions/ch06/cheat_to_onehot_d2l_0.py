# mistake: delegates to the course library's to_onehot
# exercise: to_onehot
# status: forbidden
# message: d2l.to_onehot

to_onehot = d2l.to_onehot
