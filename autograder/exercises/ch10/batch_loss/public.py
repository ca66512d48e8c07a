"""`batch_loss(encoder, decoder, X, Y, loss)` (§10.12): the book's loss of a minibatch with
teacher forcing and the EOS mask; the public check and the named mistakes.

The decoder starts from the encoder's final state and the input BOS; at step t its input is
the label ``Y[:, t-1]`` (teacher forcing). The loss of step t counts for the sequences whose
EOS has not been passed yet (the mask: 1 up to and including the EOS, 0 on the PADs after
it); the result is the sum of the counted losses divided by the number of counted tokens,
an NDArray of shape (1,). The checks pass models with fixed weights (`encoder_a`,
`decoder_a` of the Encoder exercise's public module) and set the global ``out_vocab``."""

import numpy as np

from d2l.compare import as_array, describe
from d2l.registry import Forbidden

SECTION = "§10.12 机器翻译"
FORBIDDEN = Forbidden()
HINTS = [("out_vocab", "batch_loss reads the global out_vocab (the book's); the checks set "
                       "it to their vocabulary"),
         ("not defined", "batch_loss uses the notebook's globals BOS, EOS and out_vocab")]
RTOL, ATOL = 1e-4, 1e-6

MISTAKES = {
    "no_mask": ("the PAD positions are counted: multiply each step's losses by the mask, "
                "which becomes 0 after a sequence's EOS, and divide by the number of "
                "tokens it kept"),
    "mask_before": ("the mask is updated before the step's loss is added, so the EOS token's "
                    "own loss is dropped: add (mask * loss(dec_output, y)).sum() first, then "
                    "mask = mask * (y != EOS)"),
    "no_teacher": ("the decoder's own prediction is fed back: with teacher forcing the next "
                   "input is the label y of this step"),
    "per_batch": ("the sum is divided by the batch size: divide by the number of tokens that "
                  "were not masked (num_not_pad_tokens)"),
    "per_token_all": ("the sum is divided by every position, PADs included: divide by the "
                      "number of tokens that were not masked"),
}


def diagnose(got, want, variants):
    """The problem with the loss ``got`` (the right value is ``want``; ``variants``: the
    values of the named mistakes)."""
    arr = as_array(got)
    if arr is None:
        return f"batch_loss should return an NDArray, got {describe(got)}"
    if arr.size != 1:
        return ("batch_loss should return one number (an NDArray of shape (1,)), got shape "
                f"{arr.shape}")
    value = float(np.asarray(arr, np.float64).reshape(-1)[0])
    if np.isclose(value, want, RTOL, ATOL):
        return None
    for key, wrong in variants.items():
        if np.isclose(value, wrong, RTOL, ATOL) and not np.isclose(wrong, want, RTOL, ATOL):
            return MISTAKES[key]
    return f"batch_loss gives {value:.6g} on a recorded minibatch, expected {want:.6g}"


def _cases(fn, cases):
    from mxnet import nd

    from d2l.selfcheck import notebook_globals
    from d2l.selfcheck.ch10.Encoder import public as models

    with notebook_globals(fn, out_vocab=models.out_vocab):
        for i in range(int(cases["n"])):
            got = fn(models.encoder_a, models.decoder_a, nd.array(cases[f"X{i}"]),
                     nd.array(cases[f"Y{i}"]), models.loss)
            variants = {k: float(cases[f"{k}{i}"]) for k in MISTAKES}
            if not hasattr(got, "asnumpy"):
                return (f"batch_loss should return an NDArray (so that l.backward() works), "
                        f"got {describe(got)}")
            problem = diagnose(got, float(cases[f"want{i}"]), variants)
            if problem:
                return problem
    return None


CHECKS = [("the loss of recorded minibatches: teacher forcing, the EOS mask, the mean over "
           "the tokens kept", _cases)]
