"""Command line: parse arguments and call the pipeline. No grading logic lives here.

    python -m autograder grade PATH.ipynb [--json] [--assignment chNN]
    python -m autograder autograde chNN [--course DIR] [--jobs N | --scheduler tcp://H:P]
    python -m autograder report chNN [--course DIR]
    python -m autograder extend chNN [STUDENT --days D [--hours H]] [--course DIR]
    python -m autograder build-references
    python -m autograder demo

``grade`` exits 0 when grading completed, whatever the score, 2 with a one-line reason
when the file cannot be graded at all, and 1 when the grader itself is broken.
"""

import argparse
import json
import logging
import sys

EXIT_OK, EXIT_BROKEN, EXIT_NOT_GRADABLE = 0, 1, 2
EXIT_INTERRUPTED = 130  # as a shell reports a process stopped by SIGINT


def parser():
    p = argparse.ArgumentParser(prog="python -m autograder",
                                description="Grade d2l course notebooks in a sandbox.")
    p.add_argument("-v", "--verbose", action="store_true", help="log what the grader does")
    sub = p.add_subparsers(dest="command", required=True)

    g = sub.add_parser("grade", help="grade one notebook with every hidden check")
    g.add_argument("path", help="the notebook to grade")
    g.add_argument("--json", action="store_true", help="print the result as one JSON object")
    g.add_argument("--assignment", help="the assignment (default: from the notebook)")
    g.add_argument("--course", help="the course directory (default: this repository)")
    g.add_argument("--sandbox", choices=["auto", "bwrap", "none"],
                   help="override c.Judge.sandbox")
    g.add_argument("--seed", type=int, help="the secret seed (to reproduce a grade)")

    a = sub.add_parser("autograde", help="grade a class (submitted/<student>/chNN/) in "
                                        "parallel and fill nbgrader's gradebook")
    a.add_argument("assignment")
    a.add_argument("--course", help="the nbgrader course directory (default: this repository)")
    a.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    a.add_argument("--scheduler", help="grade on this Dask scheduler instead (tcp://HOST:PORT)")

    rp = sub.add_parser("report", help="write the class report (CSV and HTML) again")
    rp.add_argument("assignment")
    rp.add_argument("--course", help="the nbgrader course directory (default: this repository)")

    e = sub.add_parser("extend", help="give a student a due-date extension (no student: "
                                      "list the assignment's extensions)")
    e.add_argument("assignment")
    e.add_argument("student", nargs="?")
    e.add_argument("--days", type=float, default=0.0, help="days later (0 with no --hours: "
                                                             "remove the extension)")
    e.add_argument("--hours", type=float, default=0.0, help="hours later")
    e.add_argument("--course", help="the nbgrader course directory (default: this repository)")

    r = sub.add_parser("build-references", help="record the reference outputs again")
    r.add_argument("assignments", nargs="*", help="assignments to rebuild (default: all)")

    d = sub.add_parser("demo", help="grade a small sample class of chapter-3 submissions")
    d.add_argument("--out", default="build/demo", help="where the class and feedback go")
    return p


def main(argv=None):
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return run(args)
    except KeyboardInterrupt:
        resume = ("; every result finished so far is stored, run the same command again to "
                  "grade the rest" if args.command == "autograde" else "")
        print(f"\ninterrupted{resume}", file=sys.stderr)
        return EXIT_INTERRUPTED


def run(args):
    if args.command == "grade":
        return grade(args)
    if args.command == "autograde":
        from .classgrade import main as autograde

        return autograde(args.assignment, args.course, args.jobs, args.scheduler)
    if args.command == "extend":
        return extend(args)
    if args.command == "report":
        from .config import course_root
        from .report import write

        paths = write(course_root(args.course), args.assignment)
        print(f"wrote {paths['csv']} and {paths['html']}")
        return EXIT_OK
    if args.command == "build-references":
        from .exercises.build import main as build

        return build(args.assignments)
    if args.command == "demo":
        from .demo import main as demo

        return demo(args.out)
    return EXIT_BROKEN


def grade(args):
    from .config import course_root, load_config
    from .feedback import text_report
    from .pipeline import NotGradable, grade_notebook
    from .sandbox import SandboxError

    overrides = {"sandbox": args.sandbox} if args.sandbox else None
    try:
        settings = load_config(course_root(args.course), overrides)
        result = grade_notebook(args.path, args.assignment, args.course, settings, args.seed)
    except NotGradable as exc:
        print(f"cannot grade: {exc}", file=sys.stderr)
        return EXIT_NOT_GRADABLE
    except SandboxError as exc:
        print(f"grader error: {exc}", file=sys.stderr)
        return EXIT_BROKEN
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        print(text_report(result, title=args.path))
    return EXIT_OK


def extend(args):
    from . import extensions
    from .config import course_root

    root = course_root(args.course)
    try:
        data = (extensions.grant(root, args.assignment, args.student, args.days, args.hours)
                if args.student else extensions.load(root))
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_NOT_GRADABLE
    given = data.get(args.assignment, {})
    for student, extra in sorted(given.items()):
        print(f"{args.assignment} {student}: due {extensions.describe(extra)} later")
    if not given:
        print(f"{args.assignment}: no extensions")
    if args.student:
        print("grade again (python -m autograder autograde ...) so the late penalties follow")
    return EXIT_OK
