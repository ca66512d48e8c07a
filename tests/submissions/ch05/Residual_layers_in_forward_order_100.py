# mistake: none: the layers are created in the order forward uses them
# exercise: Residual
# status: passed
# message: two 3x3 convolutions

class Residual(nn.Block):
    def __init__(self, num_channels, use_1x1conv=False, strides=1, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = nn.Conv2D(num_channels, kernel_size=3, padding=1, strides=strides)
        self.bn1 = nn.BatchNorm()
        self.conv2 = nn.Conv2D(num_channels, kernel_size=3, padding=1)
        self.bn2 = nn.BatchNorm()
        self.shortcut = (nn.Conv2D(num_channels, kernel_size=1, strides=strides)
                         if use_1x1conv else None)

    def forward(self, X):
        Y = self.bn2(self.conv2(nd.relu(self.bn1(self.conv1(X)))))
        shortcut = self.shortcut(X) if self.shortcut is not None else X
        return nd.relu(Y + shortcut)
