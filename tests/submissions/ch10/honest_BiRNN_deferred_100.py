# mistake: none: an LSTM without input_size (deferred shapes), transpose() and concat with dim=1
# exercise: BiRNN
# status: passed
# message: computes what the book's block computes

class BiRNN(nn.Block):
    def __init__(self, vocab, embed_size, num_hiddens, num_layers, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.embedding = nn.Embedding(len(vocab), embed_size)
            self.encoder = rnn.LSTM(num_hiddens, num_layers, bidirectional=True)
            self.decoder = nn.Dense(2, flatten=False)

    def forward(self, inputs):
        outputs = self.encoder(self.embedding(inputs.transpose()))
        return self.decoder(nd.concat(outputs[0], outputs[outputs.shape[0] - 1], dim=1))
