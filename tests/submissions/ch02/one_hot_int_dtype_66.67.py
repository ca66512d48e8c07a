# mistake: returns int32
# exercise: one_hot
# status: partial
# message: float32

def one_hot(indices, depth):
    return (indices.expand_dims(-1) == nd.arange(depth)).astype("int32")
