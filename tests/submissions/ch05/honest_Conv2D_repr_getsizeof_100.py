# mistake: none: a Conv2D with its own __repr__ and docstrings, printing sys.getsizeof of a probe on definition
# exercise: Conv2D
# status: passed
# message: passes the right gradients to the input, the weight and the bias

import sys


class Conv2D(nn.Block):
    """A 2-D cross-correlation layer: corr2d(x, weight) + bias."""

    def __init__(self, kernel_size, **kwargs):
        super().__init__(**kwargs)
        self.kernel_size = kernel_size
        self.weight = self.params.get('weight', shape=kernel_size)
        self.bias = self.params.get('bias', shape=(1,))

    def forward(self, x):
        return corr2d(x, self.weight.data()) + self.bias.data()

    def __repr__(self):
        return f"Conv2D(kernel_size={self.kernel_size!r})"


probe = Conv2D((2, 2))
print(repr(probe), sys.getsizeof(probe))
del probe
