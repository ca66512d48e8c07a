# mistake: none: docstrings and comments that mention a profiler, a test runner and a harness (words only, in strings)
# exercise: Residual
# status: passed
# message: with use_1x1conv=True and strides=2
# alone: yes

class Residual(nn.Block):
    """The book's residual block.

    Timed it with a profiler once: two 3x3 convolutions cost most. The course's test
    runner and harness call it with strides 1 and 2.
    """

    def __init__(self, num_channels, use_1x1conv=False, strides=1, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = nn.Conv2D(num_channels, kernel_size=3, padding=1, strides=strides)
        self.conv2 = nn.Conv2D(num_channels, kernel_size=3, padding=1)
        self.conv3 = (nn.Conv2D(num_channels, kernel_size=1, strides=strides)
                      if use_1x1conv else None)
        self.bn1 = nn.BatchNorm()
        self.bn2 = nn.BatchNorm()

    def forward(self, X):
        """Y = relu(bn2(conv2(relu(bn1(conv1(X))))) + shortcut(X)), no profiler needed."""
        Y = nd.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        return nd.relu(Y + X)
