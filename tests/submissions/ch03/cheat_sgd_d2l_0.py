# mistake: delegates to the course library's sgd
# exercise: sgd
# status: forbidden
# message: d2l.sgd

sgd = d2l.sgd
