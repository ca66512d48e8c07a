# mistake: saves, then returns obj itself instead of what nd.load reads back
# exercise: save_and_load
# status: failed
# message: it returns obj itself

def save_and_load(obj, path):
    nd.save(path, obj)
    return obj
