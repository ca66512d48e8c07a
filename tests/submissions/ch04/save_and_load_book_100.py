# mistake: none: the book's nd.save and nd.load in the function
# exercise: save_and_load
# status: passed

def save_and_load(obj, path):
    nd.save(path, obj)
    x2 = nd.load(path)
    return x2
