"""Helpers of chapter 10, §10.7 and §10.8 sentiment analysis: the IMDb loaders.

The book's ``download_imdb``, ``read_imdb``, ``get_tokenized_imdb``, ``get_vocab_imdb``,
``preprocess_imdb`` and ``predict_sentiment``. The book downloads the full IMDb set
(``aclImdb_v1.tar.gz``, 80 MB) to ``../data/aclImdb``; here ``read_imdb`` reads the reviews
straight from ``aclImdb_tiny.zip`` (20 training and 20 test reviews, the same folder layout
``<root>/{train,test}/{pos,neg}/*.txt``), found through the data hub
(``d2l.download('aclImdb_tiny.zip')``) or given as ``path``. Train with ``d2l.train_ch5``.
"""

import collections
import random
import zipfile

from mxnet import nd
from mxnet.contrib import text

__all__ = ["IMDB_ZIP", "download_imdb", "read_imdb", "get_tokenized_imdb", "get_vocab_imdb",
           "preprocess_imdb", "predict_sentiment"]

IMDB_ZIP = "aclImdb_tiny.zip"


def download_imdb(path=None):
    """The path of the IMDb archive: ``path`` if given, else the data hub's copy of the
    tiny set (downloaded once, checked against its SHA-1)."""
    if path is not None:
        return str(path)
    from .data import download
    return str(download(IMDB_ZIP))


def read_imdb(folder='train', path=None, shuffle=True):
    """``[[review, label], ...]`` of the archive's ``folder`` ('train' or 'test'): label 1
    for the reviews under ``pos/``, 0 under ``neg/``; each review lower-cased with its line
    breaks removed, as the book's. Shuffled with ``random.shuffle`` (the book's) unless
    ``shuffle`` is false."""
    data = []
    with zipfile.ZipFile(download_imdb(path)) as z:
        names = sorted(n for n in z.namelist() if n.endswith('.txt'))
        for label in ['pos', 'neg']:
            for name in names:
                parts = name.split('/')
                if len(parts) >= 3 and parts[-3] == folder and parts[-2] == label:
                    review = z.read(name).decode('utf-8').replace('\n', '').lower()
                    data.append([review, 1 if label == 'pos' else 0])
    if not data:
        raise ValueError(f"no reviews under {folder}/pos or {folder}/neg in the archive")
    if shuffle:
        random.shuffle(data)
    return data


def get_tokenized_imdb(data):
    """The reviews split at spaces, lower-cased (the book's tokenizer)."""
    def tokenizer(text):
        return [tok.lower() for tok in text.split(' ')]
    return [tokenizer(review) for review, _ in data]


def get_vocab_imdb(data, min_freq=5):
    """A ``text.vocab.Vocabulary`` of the tokens occurring at least ``min_freq`` times
    (the book: 5), with ``'<pad>'`` reserved (index 1; ``'<unk>'`` is 0)."""
    tokenized_data = get_tokenized_imdb(data)
    counter = collections.Counter([tk for st in tokenized_data for tk in st])
    return text.vocab.Vocabulary(counter, min_freq=min_freq, reserved_tokens=['<pad>'])


def preprocess_imdb(data, vocab, max_l=500):
    """``features, labels``: each review as ``max_l`` token indices (truncated, or padded
    with ``'<pad>'``; the book: 500), shape (number of reviews, max_l), and the labels."""
    def pad(x):
        return x[:max_l] if len(x) > max_l else x + [
            vocab.token_to_idx['<pad>']] * (max_l - len(x))

    tokenized_data = get_tokenized_imdb(data)
    features = nd.array([pad(vocab.to_indices(x)) for x in tokenized_data])
    labels = nd.array([score for _, score in data])
    return features, labels


def predict_sentiment(net, vocab, sentence, ctx=None):
    """'positive' or 'negative': the class ``net`` gives the token list ``sentence``."""
    from .device import try_gpu
    sentence = nd.array(vocab.to_indices(sentence), ctx=ctx or try_gpu())
    label = nd.argmax(net(sentence.reshape((1, -1))), axis=1)
    return 'positive' if label.asscalar() == 1 else 'negative'
