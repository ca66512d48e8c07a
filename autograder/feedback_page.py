"""nbgrader's feedback page for this course: formulas that render without a network.

nbconvert leaves ``$...$`` in markdown for MathJax, which it loads from a CDN; on a hub
without internet access students see raw TeX. ``MathToMathML`` (a ``GenerateFeedback``
preprocessor) renders each markdown cell to HTML with its formulas converted to MathML, which
browsers display natively; the course's feedback template (``templates/feedback``, which
extends nbgrader's, through ``FeedbackExporter``) drops the CDN script and names each
exercise in the table of contents.
"""

import re
from pathlib import Path

from latex2mathml.converter import convert
from nbconvert.exporters import HTMLExporter
from nbconvert.filters.markdown_mistune import markdown2html_mistune
from nbgrader.preprocessors import NbGraderPreprocessor

TEMPLATES = Path(__file__).parent / "templates"

# Code is left alone: fenced blocks, then inline code spans (any run of backticks).
_CODE = re.compile(r"^(?P<fence>```+|~~~+)[^\n]*\n.*?^(?P=fence)[ \t]*$"
                   r"|(?P<ticks>`+).+?(?P=ticks)", re.M | re.S)
_MATH = re.compile(r"\$\$(?P<display>.+?)\$\$|(?<![\\$])\$(?P<inline>(?:\\.|[^$\\])+?)\$", re.S)


def _placeholder(i):
    return f"d2lmath{i}x"


def render_markdown(source):
    """HTML for a markdown cell, its ``$...$`` and ``$$...$$`` formulas as MathML.

    The result is one raw HTML block (no blank lines) that markdown passes through unchanged,
    so the page's own markdown step cannot reinterpret it. What counts as a formula follows
    Jupyter's markdown (what the student saw); a formula that does not convert stays TeX text.
    """
    formulas, pieces, last = [], [], 0

    def math(match):
        tex = match.group("display") or match.group("inline")
        display = "block" if match.group("display") is not None else "inline"
        if display == "inline" and not tex.strip() or "\n\n" in tex:
            return match.group(0)  # a paragraph break ends a formula, as in Jupyter
        try:
            formulas.append(convert(tex.strip(), display=display))
        except Exception:  # noqa: BLE001 - latex2mathml raises many types on unknown TeX
            return match.group(0)
        return _placeholder(len(formulas) - 1)

    for code in _CODE.finditer(source):
        pieces.append(_MATH.sub(math, source[last:code.start()]))
        pieces.append(code.group(0))
        last = code.end()
    pieces.append(_MATH.sub(math, source[last:]))
    if not formulas:
        return source
    html = markdown2html_mistune("".join(pieces))
    for i, mathml in enumerate(formulas):
        html = html.replace(_placeholder(i), mathml)
    return '<div class="d2l-markdown">' + html.strip().replace("\n", "&#10;") + "</div>"


class MathToMathML(NbGraderPreprocessor):
    """Markdown cells with formulas become HTML with MathML (see ``render_markdown``)."""

    enabled = True  # nbconvert skips preprocessors that are not enabled

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "markdown":
            cell.source = render_markdown(cell.source)
        return cell, resources


class FeedbackExporter(HTMLExporter):
    """``GenerateFeedback``'s exporter (``c.GenerateFeedback.exporter_class``): nbgrader's
    feedback page with the course's template on top. Only feedback uses it: the
    formgrader's own pages keep nbgrader's HTMLExporter settings."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if str(TEMPLATES) not in self.extra_template_basedirs:
            self.extra_template_basedirs = [*self.extra_template_basedirs, str(TEMPLATES)]
            self.template_paths = self._template_paths()  # computed once, from the old dirs
        self.template_file = "d2l_index.html.j2"
