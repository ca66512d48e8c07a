"""d2l.sentiment: the IMDb loaders on a small archive in the real layout, and on the real
tiny set when it is present."""

import zipfile

import pytest
from mxnet import nd
from mxnet.gluon import nn

from d2l import sentiment as st

REVIEWS = {
    "aclImdb_tiny/train/pos/0_9.txt": "A great movie.\nGreat great great fun",
    "aclImdb_tiny/train/pos/1_8.txt": "great great film film film film film",
    "aclImdb_tiny/train/neg/2_1.txt": "A bad movie bad bad bad bad",
    "aclImdb_tiny/test/pos/3_10.txt": "great",
    "aclImdb_tiny/test/neg/4_2.txt": "bad film",
}


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "aclImdb_tiny.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("aclImdb_tiny/.DS_Store", b"\0")
        for name, review in REVIEWS.items():
            z.writestr(name, review)
    return str(path)


def test_read_imdb(archive):
    train = st.read_imdb("train", path=archive, shuffle=False)
    assert train == [["a great movie.great great great fun", 1],
                     ["great great film film film film film", 1],
                     ["a bad movie bad bad bad bad", 0]]
    test = st.read_imdb("test", path=archive)
    assert sorted(test) == [["bad film", 0], ["great", 1]]
    with pytest.raises(ValueError):
        st.read_imdb("valid", path=archive)


def test_vocab_and_preprocess(archive):
    train = st.read_imdb("train", path=archive, shuffle=False)
    assert st.get_tokenized_imdb(train)[2] == ["a", "bad", "movie", "bad", "bad", "bad", "bad"]
    vocab = st.get_vocab_imdb(train)
    assert vocab.idx_to_token[:2] == ["<unk>", "<pad>"]
    assert sorted(vocab.idx_to_token[2:]) == ["bad", "film", "great"]  # 5 times or more
    features, labels = st.preprocess_imdb(train, vocab, max_l=6)
    assert features.shape == (3, 6) and labels.asnumpy().tolist() == [1, 1, 0]
    bad, pad, unk = vocab.token_to_idx["bad"], vocab.token_to_idx["<pad>"], 0
    assert features[2].asnumpy().tolist() == [unk, bad, unk, bad, bad, bad]
    short = [["bad", 0]]
    assert st.preprocess_imdb(short, vocab, max_l=3)[0][0].asnumpy().tolist() == \
        [bad, pad, pad]
    assert st.preprocess_imdb(train, vocab)[0].shape == (3, 500)  # the book's length


class _Counter(nn.Block):
    """Class 1 when the sentence holds the token of index 2."""

    def forward(self, x):
        hit = (x == 2).sum(axis=1, keepdims=True)
        return nd.concat(1 - hit, hit, dim=1)


def test_predict_sentiment(archive):
    vocab = st.get_vocab_imdb(st.read_imdb("train", path=archive))
    token = vocab.idx_to_token[2]
    net = _Counter()
    assert st.predict_sentiment(net, vocab, ["x", token]) == "positive"
    assert st.predict_sentiment(net, vocab, ["x", "y"]) == "negative"


def test_real_tiny_set(shared_data, monkeypatch):
    path = shared_data / "aclImdb_tiny.zip"
    if not path.is_file():
        pytest.skip(f"{path} is not there")
    monkeypatch.setenv("D2L_DATA_DIR", str(shared_data))  # the hub's cache, read-only
    assert st.download_imdb() == str(path)  # found there, its SHA-1 checked
    train, test = st.read_imdb("train"), st.read_imdb("test", path=path)
    assert len(train) == len(test) == 20
    assert sorted(label for _, label in train) == [0] * 10 + [1] * 10
    vocab = st.get_vocab_imdb(train)
    features, _ = st.preprocess_imdb(train, vocab)
    assert features.shape == (20, 500) and len(vocab) > 50
