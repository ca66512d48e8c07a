# mistake: none: a HybridBlock with F ops, the convolutions in a list registered by register_child
# exercise: TextCNN
# status: passed
# message: computes what the book's block computes

class TextCNN(nn.HybridBlock):
    def __init__(self, vocab, embed_size, kernel_sizes, num_channels, **kwargs):
        super().__init__(**kwargs)
        self.embedding = nn.Embedding(len(vocab), embed_size)
        self.constant_embedding = nn.Embedding(len(vocab), embed_size)
        self.dropout = nn.Dropout(0.5)
        self.decoder = nn.Dense(2)
        self.pool = nn.GlobalMaxPool1D()
        self.conv_list = []
        for i, (c, k) in enumerate(zip(num_channels, kernel_sizes)):
            conv = nn.Conv1D(c, k, activation='relu')
            self.register_child(conv, f"conv{i}")
            self.conv_list.append(conv)

    def hybrid_forward(self, F, inputs):
        e = F.concat(self.embedding(inputs), self.constant_embedding(inputs), dim=2)
        e = F.transpose(e, axes=(0, 2, 1))
        encoding = F.concat(*[F.flatten(self.pool(conv(e))) for conv in self.conv_list],
                            dim=1)
        return self.decoder(self.dropout(encoding))
