# mistake: none: an NTC-layout LSTM on batch-major embeddings, the first and last steps by slicing axis 1
# exercise: BiRNN
# status: passed
# message: computes what the book's block computes

class BiRNN(nn.Block):
    def __init__(self, vocab, embed_size, num_hiddens, num_layers, **kwargs):
        super().__init__(**kwargs)
        self.embedding = nn.Embedding(len(vocab), embed_size)
        self.encoder = rnn.LSTM(num_hiddens, num_layers=num_layers, layout='NTC',
                                bidirectional=True)
        self.decoder = nn.Dense(2, in_units=4 * num_hiddens)

    def forward(self, inputs):
        outputs = self.encoder(self.embedding(inputs))  # (batch, words, 2 * num_hiddens)
        first = nd.slice_axis(outputs, axis=1, begin=0, end=1).squeeze(axis=1)
        last = nd.slice_axis(outputs, axis=1, begin=-1, end=None).squeeze(axis=1)
        return self.decoder(nd.concat(first, last, dim=1))
