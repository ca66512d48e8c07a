# mistake: reads a value with asnumpy() inside hybrid_forward (the book's exercise)
# exercise: HybridNet
# status: partial
# message: asnumpy()

class HybridNet(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(HybridNet, self).__init__(**kwargs)
        self.hidden = nn.Dense(10)
        self.output = nn.Dense(2)

    def hybrid_forward(self, F, x):
        h = F.relu(self.hidden(x))
        print('hidden max:', h.asnumpy().max())
        return self.output(h)
