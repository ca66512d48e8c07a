# mistake: none: the layers are created in another order (the parameters pair up by shape)
# exercise: Inception
# status: passed
# message: computes what the book's block computes

class Inception(nn.Block):
    def __init__(self, c1, c2, c3, c4, **kwargs):
        super().__init__(**kwargs)
        self.pool = nn.MaxPool2D(pool_size=3, strides=1, padding=1)
        self.pool_proj = nn.Conv2D(c4, kernel_size=1, activation='relu')
        self.reduce5 = nn.Conv2D(c3[0], kernel_size=1, activation='relu')
        self.conv5 = nn.Conv2D(c3[1], kernel_size=5, padding=2, activation='relu')
        self.reduce3 = nn.Conv2D(c2[0], kernel_size=1, activation='relu')
        self.conv3 = nn.Conv2D(c2[1], kernel_size=3, padding=1, activation='relu')
        self.conv1 = nn.Conv2D(c1, kernel_size=1, activation='relu')

    def forward(self, x):
        return nd.concat(self.conv1(x), self.conv3(self.reduce3(x)),
                         self.conv5(self.reduce5(x)), self.pool_proj(self.pool(x)), dim=1)
