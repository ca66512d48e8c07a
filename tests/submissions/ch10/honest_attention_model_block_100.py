# mistake: none: a Block class of its own with two Dense children
# exercise: attention_model
# status: passed
# message: 

class Scorer(nn.Block):
    def __init__(self, attention_size, **kwargs):
        super().__init__(**kwargs)
        self.hidden = nn.Dense(attention_size, use_bias=False, flatten=False)
        self.out = nn.Dense(1, use_bias=False, flatten=False)

    def forward(self, x):
        return self.out(nd.tanh(self.hidden(x)))


def attention_model(attention_size):
    return Scorer(attention_size)
