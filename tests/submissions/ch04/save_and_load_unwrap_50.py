# mistake: unwraps the one-element list for an NDArray
# exercise: save_and_load
# status: partial
# message: for an NDArray it returns the NDArray

def save_and_load(obj, path):
    nd.save(path, obj)
    loaded = nd.load(path)
    if isinstance(obj, nd.NDArray):
        return loaded[0]
    return loaded
