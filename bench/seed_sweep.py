"""Does a score depend on the secret seed? Grade the same notebooks under many seeds.

    .venv/bin/python bench/seed_sweep.py [--chapters ch03,ch05] [--seeds 200]
                                         [--corpus-seeds 20] [--jobs 2]

Two kinds of notebook are graded:

* every chapter's full solution (``samples.submission``: the release notebook filled with
  the solutions of ``source/chNN/chNN.ipynb``) under ``--seeds`` seeds;
* every corpus submission of ``tests/submissions/chNN/`` under ``--corpus-seeds`` seeds,
  made into notebooks exactly as ``tests/test_corpus.py`` does (its ``CASES`` and
  ``rounds``: several submissions for different exercises share a notebook, cheats are
  graded alone) and graded with the test suite's short limits.

The first seed is 12345, the one the test suite grades with; the others are drawn from
``--base-seed``. A score, or status, that differs between seeds is reported with the seeds
and the messages of each outcome, and the script exits with status 1.

How it is fast: the secret seed reaches a grade in two places, the hidden checks' random
inputs (``checking.run_checks(..., seed)``: the ``rng`` and ``secret_seed`` fixtures) and
the seeding of the submission's process before its cells run (``Sandbox.run_cells(...,
seed=)``). The sweep loads each notebook into its sandbox once (cells seeded with the
first seed) and runs the hidden checks against that one loaded submission for every seed,
scoring each run as the pipeline does (``Grader._score``). The session is loaded again
before the submission's total time could run out, and whenever the sandbox was lost or
saw tampering (that seed is then graded by the full pipeline, ``Grader.grade``).
Every outcome of a (submission, exercise) that varied is then re-graded with the full
pipeline at one seed of that outcome ("confirmed" in the report), so that an artefact of
reusing one loaded submission cannot pass for seed dependence. ``--exact`` grades every
seed with the full pipeline (slower, and also sees effects of the seed on cell
execution, which the fast path holds fixed); cheats graded alone (``# alone: yes``, which
may patch MXNet for the rest of their process) always are.

``--json PATH`` saves every outcome; ``--from-json PATH`` prints that run's report again.
Cost: everything (4 full solutions x 200 seeds, 85 corpus notebooks x 20 seeds, 101
tasks) took 2286 s on 2 jobs on a 2-core machine shared with other test runs (load 8-9),
about 0.4 s per seed for a ch03 notebook and 2 s for ch05 when the machine is quiet.
"""

import argparse
import fnmatch
import json
import logging
import os
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SUITE_SEED = 12345
CHAPTER_COST = {"ch02": 0.5, "ch03": 0.5, "ch04": 1.0, "ch05": 2.0, "ch06": 0.8, "ch07": 0.7,
                "ch08": 2.0, "ch09": 2.5, "ch10": 2.0}  # s per run


def make_seeds(n, base):
    """``n`` seeds: the test suite's, then 63-bit seeds (as ``secrets.randbits(63)``)."""
    rnd = random.Random(base)
    seeds = [SUITE_SEED]
    while len(seeds) < n:
        s = rnd.getrandbits(63)
        if s not in seeds:
            seeds.append(s)
    return seeds[:n]


# --- the tasks ---------------------------------------------------------------------


def corpus_rounds(chapters):
    """(chapter, [Case, ...]) for every notebook tests/test_corpus.py grades."""
    from tests import test_corpus

    out = []
    for chapter in chapters:
        for group in test_corpus.rounds(test_corpus.CASES.get(chapter, [])):
            out.append((chapter, group))
    return out


def build_tasks(args, chapters):
    seeds = make_seeds(args.seeds, args.base_seed)
    corpus_seeds = make_seeds(args.corpus_seeds, args.base_seed)
    first = [p for p in args.first.split(",") if p]
    tasks = []
    if args.seeds > 0 and not args.only:
        chunk = max(1, args.chunk)
        for chapter in chapters:
            for i in range(0, len(seeds), chunk):
                tasks.append({"kind": "solution", "chapter": chapter, "key": f"{chapter}:solution",
                              "cases": [], "answers": {}, "limits": "course",
                              "seeds": seeds[i:i + chunk], "exact": args.exact,
                              "cost": CHAPTER_COST.get(chapter, 1) * len(seeds[i:i + chunk])})
    if args.corpus_seeds > 0:
        for chapter, group in corpus_rounds(chapters):
            stems = [c.path.stem for c in group]
            if args.only and not any(fnmatch.fnmatch(s, p) or p in s
                                     for s in stems for p in args.only.split(",")):
                continue
            key = f"{chapter}:" + "+".join(stems)
            tasks.append({
                "kind": "corpus", "chapter": chapter, "key": key,
                "cases": [{"stem": c.path.stem, "exercise": c.exercise, "percent": c.percent,
                           "status": c.status, "others": c.others} for c in group],
                "answers": {c.exercise: c.code for c in group}, "limits": "test",
                # a cheat graded alone may patch MXNet for the rest of its process, which a
                # session reused across seeds would carry from one seed to the next
                "seeds": corpus_seeds, "exact": args.exact or any(c.alone for c in group),
                "priority": any(s.startswith(p) for s in stems for p in first),
                "cost": CHAPTER_COST.get(chapter, 1) * len(corpus_seeds)})
    # Priority corpus rounds first, then the longest tasks first (they balance best).
    tasks.sort(key=lambda t: (not t.get("priority", False), -t["cost"]))
    for i, t in enumerate(tasks):
        t["id"] = i
    return tasks


# --- the worker side ---------------------------------------------------------------

_GRADERS = {}
_FOLDER = None


def _grader(limits):
    from autograder.config import load_config
    from autograder.pipeline import Grader

    if limits not in _GRADERS:
        if limits == "test":
            from tests.conftest import TEST_LIMITS  # the corpus tests' limits

            settings = load_config(REPO, TEST_LIMITS)
        else:
            settings = load_config(REPO)
        _GRADERS[limits] = Grader(REPO, settings)
    return _GRADERS[limits]


def _close_graders():
    for g in _GRADERS.values():
        g.close()


def _worker_init(verbose):
    import atexit

    logging.basicConfig(level=logging.INFO if verbose else logging.CRITICAL,
                        format="%(levelname)s %(name)s: %(message)s")
    os.environ.setdefault("MPLBACKEND", "Agg")
    atexit.register(_close_graders)


def _as_data(result, mode):
    return {"total": result.score, "max": result.max_score, "mode": mode,
            "ex": {e.name: [e.score, e.max_score, e.status, list(e.messages)]
                   for e in result.exercises},
            "flags": [f if isinstance(f, str) else json.dumps(f, default=str)
                      for f in result.flags]}


class Session:
    """One notebook loaded once into a grader's sandbox; the hidden checks run on it many
    times. The pipeline's stages (``Grader._run``) with the cells run once."""

    def __init__(self, grader, path):
        from autograder import notebook

        self.grader = grader
        self.path = path
        self.sub = notebook.read_submission(path, grader.root, None, grader.settings.source_dir)
        self.spec = self.sub.assignment
        forbidden = grader.forbidden(self.spec.name)
        self.watch = sorted({f for rule in forbidden.values() for f in rule.funcs})
        self.present = [e.name for e in self.spec.exercises if e.name in self.sub.answers]
        self.sandbox = None
        self.cell_results = None
        self.loaded_at = 0.0
        self.reloads = 0
        self.fallbacks = 0

    def _unload(self):
        if self.sandbox is not None:
            try:
                if self.sandbox.alive:
                    self.sandbox.end()
            except Exception:  # noqa: BLE001 - a broken session: discard its sandbox
                self.grader.close()
        self.sandbox = None

    def _load(self, seed):
        from autograder import notebook

        self._unload()
        self.flags = list(self.sub.flags)
        sandbox = self.grader._ready_sandbox()
        if sandbox.mode == "none":
            self.flags.append(notebook.flag("no_sandbox", "graded without the bubblewrap "
                                            "sandbox (student code was not isolated)"))
        cells = [{"index": c.index, "source": c.source} for c in self.sub.cells]
        results = {}
        for res in sandbox.run_cells("submission", cells, self.watch, seed=seed & 0x7FFFFFFF):
            results[id(self.sub.cells[res["position"]])] = res
        self.sandbox, self.cell_results = sandbox, results
        self.loaded_at = time.monotonic()
        self.reloads += 1

    def grade(self, seed, exact=False):
        from autograder import checking, notebook
        from autograder.pipeline import Grader
        from autograder.sandbox import ChannelViolation

        if exact:
            self._unload()
            return _as_data(self.grader.grade(self.path, seed=seed), "full")
        # Load again well before the submission's total time runs out in the child.
        if self.sandbox is None or not self.sandbox.alive or (
                time.monotonic() - self.loaded_at > self.grader.settings.total_timeout / 3):
            try:
                self._load(seed)
            except KeyboardInterrupt:
                raise
            except Exception:  # noqa: BLE001 - lost or tampering while loading: the pipeline
                self.sandbox = None
                self.grader.close()
                self.fallbacks += 1
                return _as_data(self.grader.grade(self.path, seed=seed), "full")
        try:
            outcomes, errors = checking.run_checks(
                self.sandbox, self.spec.name, self.present, seed, self.grader.checks_dir,
                self.grader.forbidden(self.spec.name))
            if self.sandbox.violation:
                raise ChannelViolation(self.sandbox.violation)
        except KeyboardInterrupt:
            raise
        except Exception:  # noqa: BLE001 - lost, tampering, grader bug: the full pipeline
            self.sandbox = None
            self.grader.close()
            self.fallbacks += 1
            return _as_data(self.grader.grade(self.path, seed=seed), "full")
        flags = list(self.flags)
        if errors:
            flags.append(notebook.flag("grader_error", "some checks could not run; the "
                                       "instructor has been told"))
        result = Grader._score(self.sub, self.cell_results, outcomes, None, {}, flags)
        return _as_data(result, "fast")

    def close(self):
        self._unload()


def run_task(task):
    """Grade one notebook under the task's seeds; returns {seed: data}."""
    global _FOLDER
    import nbformat

    from autograder import samples

    if _FOLDER is None:
        _FOLDER = tempfile.mkdtemp(prefix="seed-sweep-")
    start = time.monotonic()
    path = Path(_FOLDER) / f"task{task['id']}_{os.getpid()}.ipynb"
    nbformat.write(samples.submission(REPO, task["chapter"], task["answers"]), path)
    grader = _grader(task["limits"])
    session = Session(grader, path)
    results = {}
    try:
        for seed in task["seeds"]:
            results[str(seed)] = session.grade(seed, task["exact"])
    finally:
        session.close()
    return {"id": task["id"], "results": results, "seconds": time.monotonic() - start,
            "reloads": session.reloads, "fallbacks": session.fallbacks}


# --- the parent: analysis and report -----------------------------------------------


def outcome_key(entry):
    score, _max, status, messages = entry
    return (score, status)


def describe_seeds(seeds, limit=12):
    shown = ", ".join(seeds[:limit])
    more = ", ..." if len(seeds) > limit else ""
    return f"{shown}{more} ({len(seeds)} seed{'s' * (len(seeds) != 1)})"


def analyse(tasks, done):
    """Merge chunks; returns {key: {"task": task, "results": {seed: data}}}."""
    merged = {}
    for task in tasks:
        if task["id"] not in done:
            continue
        entry = merged.setdefault(task["key"], {"task": task, "results": {}})
        entry["results"].update(done[task["id"]]["results"])
    return merged


def varied_pairs(merged):
    """[(key, exercise, {outcome: [seeds]}, {messages tuple: [seeds]})] for every
    (notebook, exercise) whose score/status or messages differ between seeds."""
    out = []
    for key, entry in merged.items():
        results = entry["results"]
        names = next(iter(results.values()))["ex"].keys() if results else []
        for name in names:
            by_outcome, by_messages = defaultdict(list), defaultdict(list)
            for seed, data in results.items():
                ex = data["ex"][name]
                by_outcome[outcome_key(ex)].append(seed)
                by_messages[(outcome_key(ex), tuple(ex[3]))].append(seed)
            if len(by_messages) > 1:
                out.append((key, name, dict(by_outcome), dict(by_messages)))
    return out


def case_for(task, exercise):
    for case in task["cases"]:
        if case["exercise"] == exercise:
            return case
    return None


def label(task, exercise):
    case = case_for(task, exercise)
    if task["kind"] == "solution":
        return f"{task['chapter']} full solution :: {exercise}"
    if case:
        return f"{task['chapter']}/{case['stem']} :: {exercise}"
    return (f"{task['chapter']} solution of {exercise} (untouched, in the corpus notebook "
            f"{task['key'].split(':', 1)[1]})")


def expectation(task, exercise, max_score):
    """The (score, status) the corpus expects for this exercise, or None."""
    case = case_for(task, exercise)
    if task["kind"] == "solution":
        return (max_score, "passed")
    if case:
        return (round(max_score * case["percent"] / 100, 2), case["status"])
    others = {c["others"] for c in task["cases"]}
    if others == {"full"}:
        return (max_score, "passed")
    return (0, others.pop()) if len(others) == 1 else None


def differing_messages(by_messages):
    """For each (outcome, messages), the messages not shared by every variant."""
    sets = [set(m) for (_o, m) in by_messages]
    common = set.intersection(*sets) if sets else set()
    return {k: [m for m in k[1] if m not in common] for k in by_messages}


def write_report(args, tasks, done, merged, confirmations, elapsed, out):
    def say(line=""):
        print(line, file=out)

    chapters = sorted({t["chapter"] for t in tasks})
    pairs = varied_pairs(merged)
    score_pairs = [p for p in pairs if len(p[2]) > 1]
    message_pairs = [p for p in pairs if len(p[2]) == 1]
    say("=" * 78)
    say(f"seed sweep: {len(done)}/{len(tasks)} tasks in {elapsed:.0f} s "
        f"({'exact pipeline' if args.exact else 'one load, checks per seed'}; "
        f"jobs {args.jobs})")
    skipped = [t for t in tasks if t["id"] not in done]
    if skipped:
        say(f"NOT RUN ({len(skipped)} tasks, time budget or errors): "
            + ", ".join(sorted({t['key'] for t in skipped}))[:3000])
    for chapter in chapters:
        say()
        say(f"== {chapter} ==")
        sol = merged.get(f"{chapter}:solution")
        if sol:
            res = sol["results"]
            totals = Counter(d["total"] for d in res.values())
            per_ex = {n: Counter(d["ex"][n][0] for d in res.values())
                      for n in next(iter(res.values()))["ex"]}
            maxima = {d["max"] for d in res.values()}
            say(f"full solution: {len(res)} seeds; distinct total scores: {len(totals)} "
                f"{dict(sorted(totals.items()))} (max {', '.join(map(str, maxima))})")
            multi = {n: dict(c) for n, c in per_ex.items() if len(c) > 1}
            say(f"  exercises: {len(per_ex)}, with more than one score: {len(multi)}"
                + (f" {multi}" if multi else ""))
            modes = Counter(d["mode"] for d in res.values())
            if modes.get("full"):
                say(f"  graded by the full pipeline after a lost session: {modes['full']}")
        corpus = {k: e for k, e in merged.items()
                  if e["task"]["chapter"] == chapter and e["task"]["kind"] == "corpus"}
        if corpus:
            n_cases = sum(len(e["task"]["cases"]) for e in corpus.values())
            n_seeds = Counter(len(e["results"]) for e in corpus.values())
            multi_total = [k for k, e in corpus.items()
                           if len({d["total"] for d in e["results"].values()}) > 1]
            hist = Counter()
            mismatch = 0
            for e in corpus.values():
                res = e["results"]
                for n in next(iter(res.values()))["ex"]:
                    hist[len({d["ex"][n][0] for d in res.values()})] += 1
                    for d in res.values():
                        exp = expectation(e["task"], n, d["ex"][n][1])
                        if exp and (d["ex"][n][0], d["ex"][n][2]) != exp:
                            mismatch += 1
                            break
            say(f"corpus: {len(corpus)} notebooks ({n_cases} submissions) x seeds "
                f"{dict(n_seeds)}; notebooks with more than one total score: "
                f"{len(multi_total)}")
            say(f"  (notebook, exercise) pairs by number of distinct scores: "
                f"{dict(sorted(hist.items()))}")
            say(f"  pairs off their expected score/status at some seed: {mismatch}")
            fallbacks = sum(1 for e in corpus.values() for d in e["results"].values()
                            if d["mode"] == "full")
            if fallbacks and not args.exact:
                say(f"  seeds graded by the full pipeline after a lost/tampered session: "
                    f"{fallbacks}")
    say()
    say("=" * 78)
    say(f"SEED-DEPENDENT SCORES: {len(score_pairs)} (submission, exercise)")
    for key, name, by_outcome, _ in sorted(score_pairs, key=lambda p: (p[0], p[1])):
        task = merged[key]["task"]
        any_data = next(iter(merged[key]["results"].values()))
        exp = expectation(task, name, any_data["ex"][name][1])
        say()
        say(f"* {label(task, name)}" + (f"   [expected {exp[0]} {exp[1]}]" if exp else ""))
        results = merged[key]["results"]
        every = [set(d["ex"][name][3]) for d in results.values()]
        common = set.intersection(*every)
        for outcome, seeds in sorted(by_outcome.items(), key=lambda kv: -len(kv[1])):
            tag = " (expected)" if exp and tuple(outcome) == tuple(exp) else ""
            say(f"    {outcome[0]} {outcome[1]}{tag}: seeds {describe_seeds(seeds)}")
            variants = {tuple(results[s]["ex"][name][3]) for s in seeds}
            shown = [m for m in results[seeds[0]]["ex"][name][3] if m not in common]
            say(f"      messages at seed {seeds[0]}"
                + (f" ({len(variants)} variants of the messages among these seeds)"
                   if len(variants) > 1 else "") + ":")
            for m in shown[:6]:
                say(f"        {m[:500]}")
            conf = confirmations.get((key, name, tuple(outcome)))
            if conf:
                say(f"      full pipeline (Grader.grade) at seed {conf['seed']}: {conf['score']} "
                    f"{conf['status']} -> {'confirmed' if conf['same'] else 'NOT reproduced'}")
    if message_pairs:
        say()
        say(f"same score, messages vary with the seed: {len(message_pairs)} "
            "(submission, exercise) (not an error: e.g. values in failure messages"
            + ("" if args.messages else "; --messages lists them") + ")")
        for key, name, _, by_messages in sorted(message_pairs) if args.messages else ():
            task = merged[key]["task"]
            diffs = differing_messages(by_messages)
            first = next(iter(by_messages))
            example = (diffs[first] or ["?"])[0]
            say(f"  - {label(task, name)}: {len(by_messages)} variants, e.g. {example[:200]}")
    say()
    return len(score_pairs)


# --- main --------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chapters", default="ch02,ch03,ch04,ch05,ch06,ch07,ch08,ch09,ch10")
    parser.add_argument("--seeds", type=int, default=200, help="seeds per full solution")
    parser.add_argument("--corpus-seeds", type=int, default=20,
                        help="seeds per corpus notebook (0: no corpus)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--base-seed", type=int, default=0,
                        help="where the seeds after the suite's 12345 come from")
    parser.add_argument("--only", default="",
                        help="corpus only: notebooks holding a submission whose file stem "
                             "matches one of these comma-separated patterns")
    parser.add_argument("--first", default="conv_output_shape,adam",
                        help="corpus notebooks with these stem prefixes run first")
    parser.add_argument("--chunk", type=int, default=50, help="solution seeds per task")
    parser.add_argument("--exact", action="store_true",
                        help="every seed through the full pipeline (Grader.grade)")
    parser.add_argument("--no-confirm", action="store_true",
                        help="do not re-grade varying outcomes with the full pipeline")
    parser.add_argument("--budget", type=float, default=0,
                        help="seconds after which no new task starts (0: no limit)")
    parser.add_argument("--messages", action="store_true",
                        help="also list the exercises whose score is the same for every "
                             "seed but whose messages differ")
    parser.add_argument("--json", help="write every result to this file")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--from-json", metavar="PATH",
                        help="print the report of a run saved with --json; grade nothing")
    args = parser.parse_args(argv)
    if args.from_json:
        return report_from_json(args)

    chapters = [c for c in args.chapters.split(",") if c]
    tasks = build_tasks(args, chapters)
    total_cost = sum(t["cost"] for t in tasks)
    print(f"{len(tasks)} tasks: {sum(t['kind'] == 'solution' for t in tasks)} solution chunks, "
          f"{sum(t['kind'] == 'corpus' for t in tasks)} corpus notebooks; "
          f"~{total_cost / max(1, args.jobs) / 60:.0f} min estimated on {args.jobs} jobs",
          flush=True)
    start = time.monotonic()
    done, failed = {}, {}
    pending = list(tasks)
    with ProcessPoolExecutor(args.jobs, initializer=_worker_init,
                             initargs=(args.verbose,)) as pool:
        running = {}
        cost_done = 0.0
        while pending or running:
            while pending and len(running) < args.jobs and not (
                    args.budget and time.monotonic() - start > args.budget):
                task = pending.pop(0)
                running[pool.submit(run_task, task)] = task
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in finished:
                task = running.pop(fut)
                cost_done += task["cost"]
                elapsed = time.monotonic() - start
                try:
                    data = fut.result()
                except Exception as exc:  # noqa: BLE001 - report and go on
                    failed[task["id"]] = repr(exc)
                    print(f"  task {task['key']} FAILED: {exc!r}", flush=True)
                    continue
                done[task["id"]] = data
                res = data["results"]
                totals = Counter(d["total"] for d in res.values())
                varied = [n for n in next(iter(res.values()))["ex"]
                          if len({outcome_key(d["ex"][n]) for d in res.values()}) > 1]
                eta = elapsed / cost_done * (total_cost - cost_done) if cost_done else 0
                loads = f", {data['reloads']} loads" if data["reloads"] > 1 else ""
                full = f", {data['fallbacks']} full" if data["fallbacks"] else ""
                print(f"[{len(done) + len(failed)}/{len(tasks)} {elapsed:6.0f}s eta "
                      f"{eta / 60:4.1f}min] {task['key'][:90]}: {len(res)} seeds in "
                      f"{data['seconds']:.1f}s ({data['seconds'] / max(1, len(res)):.2f} s/seed"
                      f"{loads}{full}); "
                      f"totals {dict(totals)}"
                      + (f"  VARIED: {', '.join(varied)}" if varied else ""), flush=True)
        if pending:
            print(f"time budget reached: {len(pending)} tasks not started", flush=True)
        merged = analyse(tasks, done)
        confirmations = {}
        if not args.no_confirm and not args.exact:
            confirmations = confirm(pool, merged, args)
    elapsed = time.monotonic() - start
    n_varied = write_report(args, tasks, done, merged, confirmations, elapsed, sys.stdout)
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"seeds": args.seeds, "corpus_seeds": args.corpus_seeds, "elapsed": elapsed,
             "results": {k: {"task": {f: e["task"][f] for f in TASK_FIELDS},
                             "results": e["results"]} for k, e in merged.items()},
             "confirmations": [dict(zip(("key", "exercise", "outcome"), k), **v)
                               for k, v in confirmations.items()],
             "failed": {tasks[i]["key"]: m for i, m in failed.items()}}, indent=1, default=str))
    print(f"runtime {elapsed:.0f} s", flush=True)
    return 1 if n_varied or failed else 0


TASK_FIELDS = ("kind", "chapter", "key", "cases", "limits", "exact")


def report_from_json(args):
    saved = json.loads(Path(args.from_json).read_text())
    tasks, done, merged = [], {}, {}
    for i, (key, entry) in enumerate(saved["results"].items()):
        task = dict(entry["task"], id=i)
        tasks.append(task)
        done[i] = {"results": entry["results"]}
        merged[key] = {"task": task, "results": entry["results"]}
    confirmations = {(c["key"], c["exercise"], tuple(c["outcome"])): c
                     for c in saved.get("confirmations", [])}
    args.exact = any(t.get("exact") for t in tasks)
    n = write_report(args, tasks, done, merged, confirmations, saved["elapsed"], sys.stdout)
    return 1 if n or saved.get("failed") else 0


def confirm(pool, merged, args):
    """Re-grade one seed of every outcome that varied, with the full pipeline."""
    wanted = defaultdict(set)  # key -> seeds
    needs = []
    for key, name, by_outcome, _msgs in varied_pairs(merged):
        if len(by_outcome) < 2:
            continue
        for outcome, seeds in by_outcome.items():
            wanted[key].add(int(seeds[0]))
            needs.append((key, name, outcome, seeds[0]))
    if not needs:
        return {}
    print(f"confirming {len(needs)} varying outcomes with the full pipeline "
          f"({sum(map(len, wanted.values()))} gradings)", flush=True)
    futures = {}
    for i, (key, seeds) in enumerate(wanted.items()):
        task = dict(merged[key]["task"], seeds=sorted(seeds), exact=True, id=10**6 + i)
        futures[pool.submit(run_task, task)] = key
    full = {}
    for fut in futures:
        try:
            full[futures[fut]] = fut.result()["results"]
        except Exception as exc:  # noqa: BLE001
            print(f"  confirmation of {futures[fut]} failed: {exc!r}", flush=True)
    out = {}
    for key, name, outcome, seed in needs:
        data = full.get(key, {}).get(seed)
        if data is None:
            continue
        got = outcome_key(data["ex"][name])
        out[(key, name, outcome)] = {"seed": seed, "score": got[0], "status": got[1],
                                     "same": got == outcome}
    return out


if __name__ == "__main__":
    sys.exit(main())
