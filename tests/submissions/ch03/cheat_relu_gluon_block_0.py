# mistake: a Gluon nn.Activation('relu') block
# exercise: relu
# status: forbidden
# message: calls the built-in

_act = nn.Activation("relu")


def relu(X):
    return _act(X)
