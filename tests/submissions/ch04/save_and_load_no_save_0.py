# mistake: returns the object without saving it
# exercise: save_and_load
# status: failed
# message: nothing was written at path

def save_and_load(obj, path):
    return [obj] if isinstance(obj, nd.NDArray) else obj
