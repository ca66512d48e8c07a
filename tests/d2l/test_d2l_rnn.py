"""Chapter 6 (循环神经网络): the corpora, the samplers, the scratch RNN helpers and training."""
import os
import random
import subprocess
import sys

import mxnet as mx
import numpy as np
import pytest
from mxnet import gluon, nd

import d2l
from d2l.data import DataUnavailable


@pytest.fixture
def shared_env(shared_data, monkeypatch):
    monkeypatch.setenv("D2L_DATA_DIR", str(shared_data))
    return shared_data


def test_jay_lyrics_are_the_first_10000_characters_with_a_sorted_vocabulary(shared_env):
    corpus_indices, char_to_idx, idx_to_char, vocab_size = d2l.load_data_jay_lyrics()
    assert len(corpus_indices) == 10000 and vocab_size == len(idx_to_char) == 1027
    assert idx_to_char == sorted(idx_to_char)
    assert all(char_to_idx[c] == i for i, c in enumerate(idx_to_char))
    assert "".join(idx_to_char[i] for i in corpus_indices[:6]) == "想要有直升机"
    assert "\n" not in idx_to_char and "\r" not in idx_to_char


def test_time_machine_is_lower_cased(shared_env):
    corpus_indices, char_to_idx, idx_to_char, vocab_size = d2l.load_data_time_machine()
    assert len(corpus_indices) == 10000 and vocab_size == 43
    text = "".join(idx_to_char[i] for i in corpus_indices)
    assert text.startswith("the time machine, by h. g. wells")
    assert text == text.lower()


def test_the_vocabulary_does_not_depend_on_the_hash_seed(shared_env):
    """The book's list(set(...)) changes order with PYTHONHASHSEED; the loaders do not."""
    code = "import d2l; print(repr(d2l.load_data_jay_lyrics()[2]))"
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=dict(os.environ, PYTHONHASHSEED=seed), timeout=60, check=True)
    assert other.stdout.strip() == repr(d2l.load_data_jay_lyrics()[2])


def test_a_missing_corpus_fails_fast_and_says_where_to_put_it(tmp_path):
    with pytest.raises(DataUnavailable, match="jaychou_lyrics.txt.zip"):
        d2l.load_data_jay_lyrics(cache_dir=tmp_path)


def test_random_sampling_uses_each_example_once_shifted_by_one():
    random.seed(0)
    batches = list(d2l.data_iter_random(list(range(30)), batch_size=2, num_steps=6))
    assert len(batches) == 2  # (30 - 1) // 6 = 4 examples
    for X, Y in batches:
        assert X.shape == Y.shape == (2, 6)
        np.testing.assert_array_equal(Y.asnumpy(), X.asnumpy() + 1)
    starts = sorted(int(X[i, 0].asscalar()) for X, _ in batches for i in range(2))
    assert starts == [0, 6, 12, 18]


def test_consecutive_sampling_continues_each_row():
    batches = list(d2l.data_iter_consecutive(list(range(30)), batch_size=2, num_steps=6))
    assert [X.asnumpy().tolist() for X, _ in batches] == [
        [[0, 1, 2, 3, 4, 5], [15, 16, 17, 18, 19, 20]],
        [[6, 7, 8, 9, 10, 11], [21, 22, 23, 24, 25, 26]]]
    for X, Y in batches:
        np.testing.assert_array_equal(Y.asnumpy(), X.asnumpy() + 1)


def test_to_onehot_gives_one_array_per_time_step():
    steps = d2l.to_onehot(nd.array([[0, 2, 1], [3, 0, 1]]), 4)
    assert len(steps) == 3 and all(s.shape == (2, 4) for s in steps)
    np.testing.assert_array_equal(steps[1].asnumpy(), [[0, 0, 1, 0], [1, 0, 0, 0]])


def test_grad_clipping_matches_clip_global_norm():
    grads = [nd.random.normal(shape=s) * 3 for s in ((3, 4), (5,))]
    params = []
    for g in grads:
        p = nd.zeros(g.shape)
        p.attach_grad()
        p.grad[:] = g
        params.append(p)
    expected = [g.copy() for g in grads]
    gluon.utils.clip_global_norm(expected, 1.0)
    d2l.grad_clipping(params, 1.0, mx.cpu())
    for p, e in zip(params, expected):
        np.testing.assert_allclose(p.grad.asnumpy(), e.asnumpy(), rtol=1e-5, atol=1e-7)
    d2l.grad_clipping(params, 10.0, mx.cpu())  # below theta: unchanged
    for p, e in zip(params, expected):
        np.testing.assert_allclose(p.grad.asnumpy(), e.asnumpy(), rtol=1e-5, atol=1e-7)


def _next_letter(inputs, state, params):
    """A model that always predicts the letter after its input in 'abc'."""
    return [nd.one_hot((inputs[0].argmax(axis=1) + 1) % 3, 3)], state


def test_predict_rnn_feeds_the_prefix_then_generates_greedily():
    def init_state(batch_size, num_hiddens, ctx):
        return (nd.zeros((batch_size, num_hiddens), ctx=ctx),)

    text = d2l.predict_rnn("ba", 4, _next_letter, None, init_state, 2, 3, mx.cpu(),
                           list("abc"), {"a": 0, "b": 1, "c": 2})
    assert text == "babcab"


def _toy_corpus():
    text = "abcd" * 60
    idx_to_char = sorted(set(text))
    char_to_idx = {c: i for i, c in enumerate(idx_to_char)}
    return [char_to_idx[c] for c in text], char_to_idx, idx_to_char, len(idx_to_char)


def test_scratch_training_learns_a_periodic_text(capsys):
    corpus_indices, char_to_idx, idx_to_char, vocab_size = _toy_corpus()
    num_hiddens, ctx = 16, mx.cpu()
    mx.random.seed(0)
    random.seed(0)

    def get_params():
        params = [nd.random.normal(scale=0.1, shape=s) for s in
                  ((vocab_size, num_hiddens), (num_hiddens, num_hiddens))]
        params += [nd.zeros(num_hiddens), nd.random.normal(scale=0.1,
                                                           shape=(num_hiddens, vocab_size)),
                   nd.zeros(vocab_size)]
        for p in params:
            p.attach_grad()
        return params

    def init_state(batch_size, num_hiddens, ctx):
        return (nd.zeros((batch_size, num_hiddens), ctx=ctx),)

    def rnn(inputs, state, params):
        W_xh, W_hh, b_h, W_hq, b_q = params
        H, = state
        outputs = []
        for X in inputs:
            H = nd.tanh(nd.dot(X, W_xh) + nd.dot(H, W_hh) + b_h)
            outputs.append(nd.dot(H, W_hq) + b_q)
        return outputs, (H,)

    history = d2l.train_and_predict_rnn(
        rnn, get_params, init_state, num_hiddens, vocab_size, ctx, corpus_indices,
        idx_to_char, char_to_idx, False, num_epochs=20, num_steps=8, lr=2.0,
        clipping_theta=1.0, batch_size=4, pred_period=10, pred_len=8, prefixes=["ab"])
    assert len(history) == 2 and history[1] < history[0] and history[1] < 1.5
    out = capsys.readouterr().out
    assert "epoch 20, perplexity" in out and " - abcdabcdab" in out


def test_gluon_training_learns_a_periodic_text(capsys):
    corpus_indices, char_to_idx, idx_to_char, vocab_size = _toy_corpus()
    mx.random.seed(0)
    model = d2l.RNNModel(gluon.rnn.LSTM(16), vocab_size)
    history = d2l.train_and_predict_rnn_gluon(
        model, 16, vocab_size, mx.cpu(), corpus_indices, idx_to_char, char_to_idx,
        num_epochs=20, num_steps=8, lr=2.0, clipping_theta=1.0, batch_size=4,
        pred_period=10, pred_len=8, prefixes=["ab"])
    assert len(history) == 2 and history[1] < history[0]
    text = d2l.predict_rnn_gluon("ab", 8, model, vocab_size, mx.cpu(), idx_to_char,
                                 char_to_idx)
    assert len(text) == 10 and text.startswith("ab")
    assert "epoch 20, perplexity" in capsys.readouterr().out
