# mistake: Gluon's split_and_load
# exercise: split_and_load
# status: forbidden
# message: gluon.utils.split_and_load

def split_and_load(data, ctx):
    return gluon.utils.split_and_load(data, ctx)
