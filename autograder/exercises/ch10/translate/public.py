"""`translate(encoder, decoder, input_seq, max_seq_len)` (§10.12): the book's greedy
translation; the public check and the named mistakes.

The input sentence is split on spaces, given EOS and PADs up to ``max_seq_len`` (as in
training), encoded; the decoder starts from BOS and the encoder's state and feeds back its
most likely token until it predicts EOS (not returned) or has made ``max_seq_len`` tokens.
Returns the list of output tokens (strings). It reads the globals ``in_vocab`` and
``out_vocab`` (the book's); the checks set them, and pass the grader's models with fixed
weights (`encoder_a`, `decoder_a` of the Encoder exercise's public module)."""

from d2l.compare import describe
from d2l.registry import Forbidden

SECTION = "§10.12 机器翻译"
FORBIDDEN = Forbidden()
HINTS = [("not defined", "translate uses the notebook's globals in_vocab, out_vocab, BOS, EOS "
                         "and PAD")]
MAX_SEQ_LEN = 7

MISTAKES = {
    "with_eos": "the EOS that ends the translation is returned: stop before appending it",
    "no_stop": ("the translation goes on after EOS: stop (break) as soon as the decoder "
                "predicts EOS"),
    "no_pad": ("the input is encoded without its EOS and PADs: as in training, append EOS and "
               "PADs up to max_seq_len before encoding"),
    "pad_extra": ("the input has one PAD too many: with its EOS it should be exactly "
                  "max_seq_len tokens, [PAD] * (max_seq_len - len(in_tokens) - 1)"),
}


def diagnose(got, want, variants, sentence):
    if not isinstance(got, (list, tuple)) or not all(isinstance(t, str) for t in got):
        return f"translate should return a list of tokens (strings), got {describe(got)}"
    got = list(got)
    if got == want:
        return None
    for key, wrong in variants.items():
        if got == wrong and wrong != want:
            return MISTAKES[key]
    return f"translate({sentence!r}, {MAX_SEQ_LEN}) gives {got}, expected {want}"


def _cases(fn, cases):
    from d2l.selfcheck import notebook_globals
    from d2l.selfcheck.ch10.Encoder import public as models

    with notebook_globals(fn, in_vocab=models.in_vocab, out_vocab=models.out_vocab):
        for i, sentence in enumerate(cases["sentences"]):
            sentence = str(sentence)
            got = fn(models.encoder_a, models.decoder_a, sentence, MAX_SEQ_LEN)
            want = [t for t in str(cases[f"want{i}"]).split(" ") if t]
            variants = {k: [t for t in str(cases[f"{k}{i}"]).split(" ") if t]
                        for k in MISTAKES}
            problem = diagnose(got, want, variants, sentence)
            if problem:
                return problem
    return None


CHECKS = [("greedy translations of recorded sentences by the grader's fixed models", _cases)]
