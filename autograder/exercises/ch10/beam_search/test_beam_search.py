"""Hidden checks for `beam_search` (§10.10) on toy decoders: second-order Markov chains over
4 to 6 tokens (the public module's `markov_step`, passed in as the step function), against
the reference beam search, exhaustive search and greedy search (reference.py). Fixed chains
expose each named mistake in every run; random chains are drawn with every decision of the
search clearer than 1e-3, so float32 or float64 arithmetic gives the same result."""

import pytest

from autograder.exercises.ch10.beam_search import reference as ref
from autograder.testing import Numpy, StandIn, fail, fail_if
from d2l.selfcheck.ch10.beam_search import public as ex

pytestmark = pytest.mark.exercise("beam_search")


def run(student, table, bos, eos, k, max_len, alpha=None):
    args = [StandIn("beam_search.markov_step"), (Numpy(table), bos), bos, eos, k, max_len]
    if alpha is not None:
        args.append(alpha)
    return student.call("beam_search", *args).value


def check(student, cases):
    results = []
    for table, bos, eos, k, max_len, *rest in cases:
        alpha = rest[0] if rest else None
        got = run(student, table, bos, eos, k, max_len, alpha)
        results.append((got, table, bos, eos, k, max_len, 0.75 if alpha is None else alpha))
    fail_if(ex.diagnose_many(results))
    return results


@pytest.mark.points(2.5)
def test_search(student, rng):
    """the best candidate of the stated rule: log P / L**alpha with L counting EOS, finished
    hypotheses stop and stay candidates, the width over all extensions; fixed and random
    chains, and exhaustive search when the width covers every sequence."""
    cases = ref.search_cases()
    for k in (2, 3):
        table, k, n = ref.random_case(rng, k=k)
        cases.append((table, ref.BOS, ref.EOS, k, n))
    table, k, n = ref.random_case(rng, k=3)
    cases.append((table, ref.BOS, ref.EOS, k, n, 1.0))
    table, _, n = ref.random_case(rng, k=64, max_len=3, vocab=4)
    cases.append((table, ref.BOS, ref.EOS, 64, n))
    got = ex.as_tokens(check(student, cases)[-1][0])
    want = ref.exhaustive(table, ref.BOS, ref.EOS, n)
    if got != want:
        fail(f"with a width of 64, which keeps every sequence of at most {n} tokens over 4 "
             f"tokens, beam_search returned {got}, but exhaustive search finds {want}")


@pytest.mark.points(0.5)
def test_greedy(student, rng):
    """with beam_size 1 it is greedy search: the most likely token at every step, stopping
    at EOS."""
    cases = ref.greedy_cases()
    for _ in range(2):
        table, _, n = ref.random_case(rng, k=1)
        cases.append((table, ref.BOS, ref.EOS, 1, n))
    for (got, table, bos, eos, _, n, _) in check(student, cases):
        if ex.as_tokens(got) != ref.greedy(table, bos, eos, n):
            fail(f"with beam_size=1 beam_search returned {ex.as_tokens(got)}, but greedy "
                 f"search gives {ref.greedy(table, bos, eos, n)}")


@pytest.mark.points(0.5)
def test_log_space(student, rng):
    """adds log-probabilities: log-probabilities near -800, whose product underflows."""
    check(student, ref.underflow_cases())


@pytest.mark.points(0.5)
def test_ties(student, rng):
    """breaks ties by the stated rule: the earlier hypothesis, then the smaller token id;
    the first of equally good final candidates."""
    check(student, ref.tie_cases())
