# mistake: the state argument ignored (the GRU starts from zeros)
# exercise: Encoder
# status: failed
# message: the state passed to forward is ignored

class Encoder(nn.Block):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers,
                 drop_prob=0, **kwargs):
        super(Encoder, self).__init__(**kwargs)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = rnn.GRU(num_hiddens, num_layers, dropout=drop_prob)

    def forward(self, inputs, state):
        # 输入形状是(批量大小, 时间步数)。将输出互换样本维和时间步维
        embedding = self.embedding(inputs).swapaxes(0, 1)
        return self.rnn(embedding, self.rnn.begin_state(batch_size=inputs.shape[0]))

    def begin_state(self, *args, **kwargs):
        return self.rnn.begin_state(*args, **kwargs)
