"""Helpers of chapter 10, §10.3 word2vec的实现: the PTB loader and the book's vocabulary.

``read_ptb()`` is the book's reading of ``ptb.train.txt`` (from ``ptb.zip`` through the
data hub, read inside the archive instead of extracted into ``../data/``), and
``index_ptb(raw_dataset)`` the book's cells that build ``counter``, ``idx_to_token``,
``token_to_idx``, ``dataset`` and ``num_tokens``. The exercises (``discard``,
``get_centers_and_contexts``, ``get_negatives``, ``batchify``) are the notebook's.
"""

import collections
import zipfile

__all__ = ["read_ptb", "index_ptb"]


def read_ptb(path=None, member='ptb/ptb.train.txt'):
    """The book's ``raw_dataset``: the sentences of PTB's training set, each a list of
    tokens (``path``: the zip, default ``d2l.download('ptb.zip')``)."""
    if path is None:
        from .data import download
        path = download('ptb.zip')
    with zipfile.ZipFile(path, 'r') as zin:
        lines = zin.read(member).decode('utf-8').splitlines(keepends=True)
    # st是sentence的缩写 (st: a sentence)
    return [st.split() for st in lines]


def index_ptb(raw_dataset, min_count=5):
    """The book's index: ``counter, idx_to_token, token_to_idx, dataset, num_tokens``.

    ``counter`` keeps the tokens seen at least ``min_count`` times (a dict, in first-seen
    order, as the book's ``dict(filter(...))``); ``dataset`` is each sentence as indices,
    other tokens dropped; ``num_tokens`` the number of indices in ``dataset``."""
    counter = collections.Counter([tk for st in raw_dataset for tk in st])
    counter = dict(filter(lambda x: x[1] >= min_count, counter.items()))
    idx_to_token = [tk for tk, _ in counter.items()]
    token_to_idx = {tk: idx for idx, tk in enumerate(idx_to_token)}
    dataset = [[token_to_idx[tk] for tk in st if tk in token_to_idx]
               for st in raw_dataset]
    num_tokens = sum([len(st) for st in dataset])
    return counter, idx_to_token, token_to_idx, dataset, num_tokens
