# mistake: turns what nd.load gives into a list (a dict's keys)
# exercise: save_and_load
# status: partial
# message: for a dict it returns

def save_and_load(obj, path):
    nd.save(path, obj)
    return list(nd.load(path))
