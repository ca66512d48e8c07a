"""Formulas on nbgrader's feedback page render without a network (MathML, no MathJax CDN)."""

import json

import nbformat

from autograder.feedback_page import MathToMathML, render_markdown

from .conftest import REPO


def test_inline_and_display_formulas_become_mathml():
    html = render_markdown("Loss $\\ell(y, \\hat y)$ is\n\n$$\\frac{1}{n}\\sum_i \\ell_i$$\n")
    assert html.count("<math") == 2 and 'display="block"' in html
    assert "$" not in html and "\\frac" not in html
    assert "\n" not in html  # one raw HTML block: markdown passes it through untouched


def test_a_formula_may_span_lines_but_not_paragraphs():
    assert "<math" in render_markdown("the penalty $\\frac{1}{2}\n\\sum_i w_i^2$ as an NDArray")
    assert "<math" not in render_markdown("costs $5\n\nand 6$ more")


def test_code_is_left_alone():
    source = "Use `nd.sum($x$)`, pay \\$5.\n\n```python\ny = '$z$'\n```"
    assert render_markdown(source) == source  # nothing to convert: the cell is unchanged
    html = render_markdown("$a$ and `$b$`\n\n```\n$c$\n```")
    assert html.count("<math") == 1 and "<code>$b$</code>" in html and "$c$" in html


def test_unknown_tex_stays_visible():
    html = render_markdown("known $x^2$, unknown $\\notacommand{x}$")
    assert "<msup>" in html and "notacommand" in html


def test_every_formula_of_the_course_converts():
    for path in sorted((REPO / "source").glob("*/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                before = cell.source.count("$")
                cell, _ = MathToMathML().preprocess_cell(cell, {}, 0)
                text = cell.source
                for tag in ("code", "pre"):  # dollars inside code stay as they are
                    while f"<{tag}>" in text:
                        start = text.index(f"<{tag}>")
                        text = text[:start] + text[text.index(f"</{tag}>", start) + 3 + len(tag):]
                assert before == 0 or "$" not in text, f"{path.name}: {json.dumps(text[:200])}"
