# mistake: none: forward walks a dict of paths with a local variable named child; helper names builtins_ and sys_modules
# exercise: Inception
# status: passed
# message: computes what the book's block computes

class Inception(nn.Block):
    def __init__(self, c1, c2, c3, c4, **kwargs):
        super().__init__(**kwargs)
        self.p1_1 = nn.Conv2D(c1, kernel_size=1, activation='relu')
        self.p2_1 = nn.Conv2D(c2[0], kernel_size=1, activation='relu')
        self.p2_2 = nn.Conv2D(c2[1], kernel_size=3, padding=1, activation='relu')
        self.p3_1 = nn.Conv2D(c3[0], kernel_size=1, activation='relu')
        self.p3_2 = nn.Conv2D(c3[1], kernel_size=5, padding=2, activation='relu')
        self.p4_1 = nn.MaxPool2D(pool_size=3, strides=1, padding=1)
        self.p4_2 = nn.Conv2D(c4, kernel_size=1, activation='relu')
        # path number -> its layers, in order
        self.sys_modules = {1: ('p1_1',), 2: ('p2_1', 'p2_2'), 3: ('p3_1', 'p3_2'),
                            4: ('p4_1', 'p4_2')}

    def forward(self, x):
        builtins_ = {1: [self.p1_1], 2: [self.p2_1, self.p2_2], 3: [self.p3_1, self.p3_2],
                     4: [self.p4_1, self.p4_2]}
        outputs = []
        for path in sorted(builtins_):
            y = x
            for child in builtins_[path]:
                y = child(y)
            outputs.append(y)
        return nd.concat(*outputs, dim=1)
