"""d2l.translation: the fr-en loader on a small file in the real format, and the training
loop on a tiny model."""

from mxnet.gluon import nn

from d2l import translation as tr

LINES = "elle est vieille .\tshe is old .\nils regardent .\tthey are watching .\n" \
        "il est beaucoup trop long pour ici .\the is far too long for here .\n"


def test_read_data(tmp_path):
    path = tmp_path / "fr-en-small.txt"
    path.write_text(LINES, encoding="utf-8")
    in_vocab, out_vocab, dataset = tr.read_data(7, path=str(path))
    assert len(dataset) == 2  # the long pair is skipped
    X, Y = dataset[0]
    assert X.shape == (7,) and Y.shape == (7,)
    assert [in_vocab.idx_to_token[int(i)] for i in X.asnumpy()] == \
        ["elle", "est", "vieille", ".", tr.EOS, tr.PAD, tr.PAD]
    assert out_vocab.idx_to_token[:4] == ["<unk>", tr.PAD, tr.BOS, tr.EOS]


class _Tiny(nn.Block):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.dense = nn.Dense(1)

    def forward(self, x):
        return self.dense(x)


def test_train_translation_lowers_the_loss(tmp_path):
    path = tmp_path / "fr-en-small.txt"
    path.write_text(LINES, encoding="utf-8")
    _, _, dataset = tr.read_data(7, path=str(path))
    enc, dec = _Tiny(), _Tiny()

    def batch_loss(encoder, decoder, X, Y, loss):
        return ((decoder(encoder(X)) - 1) ** 2).mean()

    history = tr.train_translation(enc, dec, dataset, 0.05, 2, 20, batch_loss, print_every=0)
    assert len(history) == 20 and history[-1] < history[0]
