"""d2l.word2vec: the PTB loader on a small archive in the real layout, and on the real file
when the shared data folder is there."""

import zipfile

import d2l
from d2l import word2vec as w2v

TRAIN = " aer banknote berlitz \n the cat sat on the mat \n the dog \n\n the the cat on \n"


def make_zip(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("ptb/", b"")
        z.writestr("ptb/ptb.train.txt", TRAIN)
        z.writestr("ptb/ptb.valid.txt", " the \n")
    return str(path)


def test_read_ptb(tmp_path):
    raw = w2v.read_ptb(make_zip(tmp_path / "ptb.zip"))
    assert raw == [["aer", "banknote", "berlitz"], ["the", "cat", "sat", "on", "the", "mat"],
                   ["the", "dog"], [], ["the", "the", "cat", "on"]]


def test_index_ptb_is_the_books():
    raw = [["a", "b", "a"], ["c", "a", "b"], ["d"], ["b", "a", "c"]]
    counter, idx_to_token, token_to_idx, dataset, num_tokens = w2v.index_ptb(raw, min_count=2)
    assert counter == {"a": 4, "b": 3, "c": 2}
    assert idx_to_token == ["a", "b", "c"]  # first-seen order, as dict(filter(...))
    assert token_to_idx == {"a": 0, "b": 1, "c": 2}
    assert dataset == [[0, 1, 0], [2, 0, 1], [], [1, 0, 2]]
    assert num_tokens == 9


def test_default_min_count_is_five(tmp_path):
    raw = w2v.read_ptb(make_zip(tmp_path / "ptb.zip"))
    counter, idx_to_token, _, dataset, num_tokens = w2v.index_ptb(raw)
    assert counter == {"the": 5} and idx_to_token == ["the"]
    assert num_tokens == 5 and dataset[1] == [0, 0]


def test_exported():
    assert d2l.read_ptb is w2v.read_ptb and d2l.index_ptb is w2v.index_ptb


def test_real_ptb(shared_data):
    path = d2l.download("ptb.zip", cache_dir=shared_data)
    raw = w2v.read_ptb(path)
    assert len(raw) == 42068
    assert raw[0][:5] == ["aer", "banknote", "berlitz", "calloway", "centrust"]
    counter, idx_to_token, token_to_idx, dataset, num_tokens = w2v.index_ptb(raw)
    assert len(idx_to_token) == 9858 and num_tokens == 887100  # the book's '# tokens: 887100'
    assert token_to_idx["the"] == idx_to_token.index("the")
