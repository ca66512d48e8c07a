# mistake: a Gluon PReLU block with its slope set to 0
# exercise: relu
# status: forbidden
# message: calls the built-in

_prelu = nn.PReLU(alpha_initializer=init.Zero())
_prelu.initialize()


def relu(X):
    return _prelu(X)
