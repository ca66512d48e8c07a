# mistake: none: creates the layers in another order (constant embedding and convolutions first), max over the last axis by hand
# exercise: TextCNN
# status: passed
# message: computes what the book's block computes

class TextCNN(nn.Block):
    def __init__(self, vocab, embed_size, kernel_sizes, num_channels, **kwargs):
        super().__init__(**kwargs)
        self.constant_embedding = nn.Embedding(len(vocab), embed_size)
        self.convs = nn.Sequential()
        for c, k in zip(num_channels, kernel_sizes):
            self.convs.add(nn.Conv1D(c, k, activation='relu'))
        self.embedding = nn.Embedding(len(vocab), embed_size)
        self.dropout = nn.Dropout(0.5)
        self.decoder = nn.Dense(2)

    def forward(self, inputs):
        e = nd.concat(self.embedding(inputs), self.constant_embedding(inputs), dim=2)
        e = nd.swapaxes(e, 1, 2)
        encoding = nd.concat(*[conv(e).max(axis=2) for conv in self.convs], dim=1)
        return self.decoder(self.dropout(encoding))
