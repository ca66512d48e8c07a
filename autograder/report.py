"""The class report: a CSV for the LMS, an HTML summary, and the flagged submissions.

Written to ``reports/<assignment>/`` in the course directory from the stored judge results
(and the gradebook's late penalties, when there is a gradebook).
"""

import base64
import csv
import html
import io
import json
import re
from collections import defaultdict
from pathlib import Path

from . import extensions, similarity
from .config import gradebook_url
from .results import RESULTS_DIR

FLAG_CODES = ("forbidden", "tampering", "timeout", "cell_timeout", "cell_crashed",
              "grading_lost", "grader_error", "locked_cell_modified", "locked_cell_deleted",
              "duplicate_answer", "invalid_notebook", "no_sandbox")


def load_records(root, assignment):
    """Stored results, one per student (the first notebook: assignments have one)."""
    records = {}
    for path in sorted((Path(root) / RESULTS_DIR / assignment).glob("*/*.json")):
        records.setdefault(path.parent.name, json.loads(path.read_text()))
    return records


def late_penalties(root, assignment):
    try:
        from nbgrader.api import Gradebook, MissingEntry
    except ImportError:
        return {}
    url = gradebook_url(root)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        return {}  # no gradebook yet: do not create one
    out = {}
    with Gradebook(url) as gb:
        try:
            submissions = gb.assignment_submissions(assignment)
        except MissingEntry:
            return {}
        for sub in submissions:
            out[sub.student.id] = float(sub.late_submission_penalty or 0)
    return out


def write(root, assignment):
    """Write the CSV and the HTML summary; returns their paths."""
    records = load_records(root, assignment)
    names = exercise_names(records)
    penalties = late_penalties(root, assignment)
    folder = Path(root) / "reports" / assignment
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, html_path = folder / "grades.csv", folder / "summary.html"
    mistakes_path, similar_path = folder / "mistakes.csv", folder / "similarity.csv"
    with open(csv_path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["student", *names, "score", "late_penalty", "total", "max_score",
                         "status"])
        for student, rec in records.items():
            writer.writerow(csv_row(student, rec, names, penalties.get(student, 0.0)))
    clusters = mistake_clusters(records, names)
    with open(mistakes_path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["exercise", "students", "count", "diagnosis"])
        for name, groups in clusters.items():
            for label, students in groups:
                writer.writerow([name, " ".join(students), len(students), label])
    pairs = similarity.find_pairs(root, assignment)
    with open(similar_path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["exercise", "student_a", "student_b", "similarity_a", "similarity_b",
                         "tokens_in_common"])
        for p in pairs:
            writer.writerow([p.exercise, *p.students, *p.similarity, p.overlap])
    extended = extensions.load(root).get(assignment, {})
    html_path.write_text(summary_html(assignment, records, names, clusters, extended, pairs))
    return {"csv": csv_path, "html": html_path, "mistakes": mistakes_path,
            "similarity": similar_path}


def exercise_names(records):
    for rec in records.values():
        if rec.get("result"):
            return [e["name"] for e in rec["result"]["exercises"]]
    return []


def csv_row(student, rec, names, penalty):
    result = rec.get("result")
    if not result:
        return [student, *[0] * len(names), 0, 0, 0, "", f"not gradable: {rec.get('reason')}"]
    by_name = {e["name"]: e for e in result["exercises"]}
    score = result["score"]
    total = max(0.0, score - penalty)
    flagged = sorted({f["code"] for f in result["flags"]} & set(FLAG_CODES))
    return [student, *[by_name[n]["score"] if n in by_name else 0 for n in names],
            score, round(penalty, 2), round(total, 2), result["max_score"],
            "flagged: " + ", ".join(flagged) if flagged else "ok"]


_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?![\w.])")


def diagnosis(exercise):
    """What went wrong in one exercise result, with its numbers blanked (so that the same
    mistake on different inputs reads the same), or None when it passed."""
    if exercise["status"] == "passed":
        return None
    lines = [m for m in exercise["messages"] if not m.startswith("[passed]")]
    return _NUMBER.sub("#", " | ".join(lines)) if lines else exercise["status"]


NOT_ATTEMPTED = "is not implemented yet"  # the judge's words for an untouched stub


def mistake_clusters(records, names):
    """{exercise: [(diagnosis, students)]}: the students who got each diagnosis, most
    common first, so a lecture can address the mistakes many made."""
    out = {}
    for name in names:
        groups = defaultdict(list)
        for student, rec in records.items():
            for e in (rec.get("result") or {}).get("exercises", []):
                label = diagnosis(e) if e["name"] == name else None
                if label:
                    groups[label].append(student)
        out[name] = sorted(groups.items(), key=lambda g: (-len(g[1]), g[0]))
    return out


def flagged(records):
    """(student, reasons) for submissions an instructor should look at."""
    out = []
    for student, rec in records.items():
        if rec["status"] != "graded":
            out.append((student, [f"not gradable: {rec['reason']}"]))
            continue
        reasons = [f"{f['code']}: {f['message']}" for f in rec["result"]["flags"]
                   if f["code"] in FLAG_CODES]
        if reasons:
            out.append((student, reasons))
    return out


def distribution_png(records, names):
    """One histogram of scores per exercise, as a base64 PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    graded = [r["result"] for r in records.values() if r.get("result")]
    cols = 4
    rows = max(1, -(-len(names) // cols))
    fig, axes = plt.subplots(rows, cols, figsize=(3 * cols, 2.2 * rows), squeeze=False)
    for ax, name in zip(axes.flat, names):
        scores = [next(e["score"] for e in g["exercises"] if e["name"] == name) for g in graded]
        top = next(e["max_score"] for e in graded[0]["exercises"] if e["name"] == name)
        ax.hist(scores, bins=[i * top / 8 for i in range(9)], color="#4c78a8")
        ax.set_title(name, fontsize=9)
        ax.set_xlim(0, top)
    for ax in list(axes.flat)[len(names):]:
        ax.axis("off")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


SHOWN_PAIRS = 50  # the summary shows the most alike pairs; similarity.csv has them all


def similar_html(pairs):
    esc = html.escape
    out = []
    for p in pairs[:SHOWN_PAIRS]:
        (a, b), (sa, sb) = p.students, p.similarity
        out.append(f"<h3><code>{esc(p.exercise)}</code>: {esc(a)} ({sa:.0%} shared) and "
                   f"{esc(b)} ({sb:.0%} shared)</h3><table class=\"pair\"><tr>"
                   + "".join(f"<td><pre>{esc(code)}</pre></td>" for code in p.answers)
                   + "</tr></table>")
    return "".join(out)


def summary_html(assignment, records, names, clusters=None, extended=None, pairs=()):
    esc = html.escape
    extended = extended or {}
    extension_items = "".join(f"<li><b>{esc(s)}</b>: due {extensions.describe(x)} later</li>"
                              for s, x in sorted(extended.items()))
    clusters = mistake_clusters(records, names) if clusters is None else clusters
    # The lecture's list: real mistakes, the most common first over all exercises; stubs
    # left raising NotImplementedError are counted apart (mistakes.csv has every row).
    made = sorted(((name, label, students) for name, groups in clusters.items()
                   for label, students in groups if NOT_ATTEMPTED not in label),
                  key=lambda m: (-len(m[2]), list(clusters).index(m[0])))
    mistakes = "".join(
        f"<tr><td><code>{esc(name)}</code></td><td>{len(students)}</td>"
        f"<td>{esc(label)}</td><td>{esc(', '.join(students))}</td></tr>"
        for name, label, students in made)
    skipped = [(name, sum(len(st) for label, st in groups if NOT_ATTEMPTED in label))
               for name, groups in clusters.items()]
    skipped = ", ".join(f"<code>{esc(name)}</code> {n}" for name, n in skipped if n)
    not_attempted = (f"<p>Not attempted (the stub still raises NotImplementedError): "
                     f"{skipped}.</p>" if skipped else "")
    graded = [r["result"] for r in records.values() if r.get("result")]
    rows = []
    for name in names:
        scores = [next(e for e in g["exercises"] if e["name"] == name) for g in graded]
        full = sum(e["status"] == "passed" for e in scores)
        mean = sum(e["score"] for e in scores) / max(len(scores), 1)
        top = scores[0]["max_score"] if scores else 0
        rows.append(f"<tr><td><code>{esc(name)}</code></td><td>{mean:.2f} / {top:g}</td>"
                    f"<td>{full} of {len(scores)}</td></tr>")
    items = "".join(f"<li><b>{esc(s)}</b><ul>{''.join(f'<li>{esc(r)}</li>' for r in rs)}</ul>"
                    f"</li>" for s, rs in flagged(records))
    plot = (f'<img alt="score distribution per exercise" src="data:image/png;base64,'
            f'{distribution_png(records, names)}">' if graded and names else "")
    totals = [g["score"] for g in graded]
    mean_total = sum(totals) / max(len(totals), 1)
    top_total = graded[0]["max_score"] if graded else 0
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(assignment)}: class summary</title>
<style>body {{ font-family: system-ui, sans-serif; margin: 2em auto; max-width: 62em; }}
table {{ border-collapse: collapse; }} td, th {{ padding: .3em .8em; border-bottom: 1px solid #ddd;
text-align: left; vertical-align: top; }} table.pair td {{ width: 50%; }}
pre {{ font-size: 85%; white-space: pre-wrap; }}</style></head><body>
<h1>{esc(assignment)}: class summary</h1>
<p>{len(records)} submissions, {len(graded)} graded;
mean score {mean_total:.2f} / {top_total:g}.</p>
<h2>Per exercise</h2>
<table><tr><th>exercise</th><th>mean</th><th>full marks</th></tr>{''.join(rows)}</table>
<h2>Score distribution</h2>
{plot}
<h2>Common mistakes</h2>
<p>The students grouped by the feedback they got per exercise (numbers blanked as #), the
most common mistakes first; also in <code>mistakes.csv</code>.</p>
<table><tr><th>exercise</th><th>students</th><th>diagnosis</th><th>who</th></tr>
{mistakes or '<tr><td colspan="4">none</td></tr>'}</table>
{not_attempted}
<h2>Similar answers ({len(pairs)} pair{'s' * (len(pairs) != 1)})</h2>
<p>Pairs of answers to one exercise that share most of their code once names and literals
are normalised (copydetect; the starter code and the solution do not count). Similarity is
a reason to look at the two answers, not a verdict: short exercises have few ways to be
right. All pairs are in <code>similarity.csv</code>.</p>
{similar_html(list(pairs)) or '<p>none</p>'}
<h2>Extensions ({len(extended)})</h2>
<ul>{extension_items or '<li>none</li>'}</ul>
<h2>Flagged submissions ({len(flagged(records))})</h2>
<ul>{items or '<li>none</li>'}</ul>
</body></html>
"""
