"""Stage 5: what students and instructors read: a text table and an HTML feedback page.

Both show every check's message and the book section to revisit; neither shows hidden
check code, inputs or tracebacks from the grader's side.
"""

import html

STATUS_LABEL = {
    "passed": "passed", "partial": "partial", "failed": "failed", "error": "error",
    "timeout": "timeout", "missing": "missing", "forbidden": "forbidden",
}


def text_report(result, title="", details=True, width=100):
    """A plain-text table of the exercises, with messages under the imperfect ones."""
    lines = []
    head = f"{result.assignment}: {result.score:g} / {result.max_score:g} points"
    lines.append(f"{title}  {head}" if title else head)
    name_w = max([len(e.name) for e in result.exercises] + [8])
    lines.append(f"  {'exercise':<{name_w}}  {'score':>9}  status")
    for e in result.exercises:
        lines.append(f"  {e.name:<{name_w}}  {e.score:>4g} / {e.max_score:<2g}  {e.status}")
        if details and e.status != "passed":
            for message in e.messages:
                if message.startswith("[passed]"):
                    continue
                lines.append(_wrap(message, indent=" " * (name_w + 6), width=width))
            if e.section:
                lines.append(" " * (name_w + 6) + f"see {e.section}")
    for f in result.flags:
        lines.append(f"  flag {f['code']}: {f['message']}")
    return "\n".join(lines)


def _wrap(text, indent, width):
    import textwrap

    return "\n".join(textwrap.wrap(text, width=width, initial_indent=indent + "- ",
                                   subsequent_indent=indent + "  ")) or indent


def class_table(rows, exercises):
    """A grade table for several students: ``rows`` is a list of (student, Result)."""
    header = ["student", *exercises, "total"]
    table = [header]
    for student, result in rows:
        if result is None:
            table.append([student, *["-"] * len(exercises), "not gradable"])
            continue
        by_name = {e.name: e for e in result.exercises}
        table.append([student, *[_short(by_name.get(n)) for n in exercises],
                      f"{result.score:g}/{result.max_score:g}"])
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip()
                     for row in table)


def _short(e):
    if e is None:
        return "-"
    if e.status in ("passed", "partial", "failed"):
        return f"{e.score:g}" + ("" if e.status == "passed" else f" {e.status[:4]}")
    return e.status


def html_report(result, student="", title=""):
    """A self-contained HTML feedback page."""
    esc = html.escape
    rows = []
    for e in result.exercises:
        msgs = "".join(f"<li class='{'ok' if m.startswith('[passed]') else 'bad'}'>"
                       f"{esc(m)}</li>" for m in e.messages)
        section = f"<div class='section'>{esc(e.section)}</div>" if e.section else ""
        rows.append(
            f"<tr class='{e.status}'><td><code>{esc(e.name)}</code>{section}</td>"
            f"<td class='num'>{e.score:g} / {e.max_score:g}</td>"
            f"<td><span class='badge {e.status}'>{esc(STATUS_LABEL[e.status])}</span></td>"
            f"<td><ul>{msgs}</ul></td></tr>")
    flags = "".join(f"<li><b>{esc(f['code'])}</b>: {esc(f['message'])}</li>"
                    for f in result.flags)
    flags_html = f"<h2>Notes</h2><ul>{flags}</ul>" if flags else ""
    who = f" for {esc(student)}" if student else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(title or result.assignment)} feedback{who}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border-bottom: 1px solid #ddd; padding: .5em; vertical-align: top; text-align: left; }}
td.num {{ white-space: nowrap; }}
.section {{ color: #666; font-size: .85em; margin-top: .3em; }}
ul {{ margin: 0; padding-left: 1.2em; }}
li.ok {{ color: #2a6a2a; }} li.bad {{ color: #8a1f11; }}
.badge {{ padding: .1em .5em; border-radius: .8em; font-size: .85em; background: #eee; }}
.badge.passed {{ background: #d6f0d6; }} .badge.partial {{ background: #fff1c2; }}
.badge.failed, .badge.error, .badge.timeout, .badge.missing, .badge.forbidden
  {{ background: #f8d4cf; }}
</style></head><body>
<h1>{esc(title or result.assignment)} feedback{who}</h1>
<p class="total">Score: <b>{result.score:g} / {result.max_score:g}</b></p>
<table><tr><th>Exercise</th><th>Score</th><th>Status</th><th>Checks</th></tr>
{''.join(rows)}
</table>
{flags_html}
</body></html>
"""
