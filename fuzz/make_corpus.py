#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora in fuzz/corpus/<harness>/ from the repository's own fixtures and the tests'
example inputs. Run from the repository root; the output is committed, so this is needed only to change the seeds."""
import base64
import os
import re
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "fuzz", "corpus")


def put(harness, name, data):
    d = os.path.join(OUT, harness)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def read(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


def chunks(text, size):
    """Paragraph-aligned pieces of at most `size` bytes (the first two)."""
    out, cur = [], b""
    for para in re.split(rb"\n\s*\n", text):
        if cur and len(cur) + len(para) + 2 > size:
            out.append(cur)
            cur = b""
        cur += para[:size] + b"\n\n"
    if cur:
        out.append(cur)
    return out[:2]


def query():
    seeds = {
        "words": "decoy",
        "phrase_oldest": '"child decoy"\nsort=oldest',
        "filters": "\nexemption=s23(5)\nforce=Kent Police\nforce=gmp",
        "dates_page": "widget\nfrom=2019-01-01\nto=2020-12-31\npage=2\nsize=1",
        "wildcard": "wq10*\nsize=100",
        "fields": 'force:gmp AND title:widget OR exemption:"s.31(1)(a)"',
        "not_newest": "NOT widget\nsort=newest",
        "range": "decoy 2019..2020",
        "suggestion": "decoi",
        "unclosed": "(unclosed",
        "deep": "\npage=1000\nsize=10",
        "passages": "security bodies\nkind=passages\ncollapse=cluster\nrole=harm",
        "similar_text": "\nkind=similar\ntext=Confirming or denying whether information is held would contravene "
        "Section 23\nsize=3",
        "similar_passage": "\nkind=similar\npassage=000_7c431f6c32de453a.txt#p5",
        "offence": "\noffence=CA 2003 s127\nauthority=Kent Police\noutcome=refused",
    }
    for name, s in seeds.items():
        put("fuzz_query", name, s)


def extract():
    for f in sorted(os.listdir(os.path.join(ROOT, "corpus"))):
        if f.endswith(".txt"):
            for i, c in enumerate(chunks(read("corpus/" + f), 4096)):
                put("fuzz_extract", f"{f[:3]}_{i}", c)
    put("fuzz_extract", "letter",
        "Kent Police\nOur ref: 6152/17\nDate: 25/01/21\n\nDear Sir,\nThe information is exempt under "
        "Section 31(1)(a)(b) and Sections 30(3), 31(3) and 40(5) of the Freedom of Information Act 2000.\n"
        "Offences: SOA Sec 15A, s.127 Communications Act 2003, section 1 of the Protection of Children Act 1978.\n"
        "Regulation 12(5)(b) of the Environmental Information Regulations applies.\n")
    put("fuzz_extract", "scottish",
        "Police Scotland\nFOISA s35(1)(a) and section 18 apply. EISR r10(5)(b).\nDated: 4^th January 2021\n")
    put("fuzz_extract", "thread",
        "FOI request (5619_14)\n\nDear Essex Police,\nPlease provide the figures.\nYours faithfully,\nA Person\n\n"
        "Freedom of Information Requests, Essex Police\n\nThe request was partially successful.\n"
        "Section 23(5): neither confirm nor deny.\nSent: 03 September 2020 10:00\n")


def text():
    put("fuzz_text", "utf8.md", "# Heading\n**Bold** and __under__ \\*escaped\\* 4^th January\n- item\n")
    put("fuzz_text", "bom_utf8", b"\xef\xbb\xbfCaf\xc3\xa9 r\xc3\xa9sum\xc3\xa9\r\nSection 31\r")
    put("fuzz_text", "latin1", "Café, naïve, £5 — Kent Police\n".encode("latin-1", "replace"))
    put("fuzz_text", "cp1252", "\u201cQuoted\u201d \u2013 dash \u20ac10\n".encode("cp1252"))
    put("fuzz_text", "utf16le_bom", "\ufeffDear Essex Police,\nSection 40(2)\n".encode("utf-16-le"))
    put("fuzz_text", "utf16be", "Dear Essex Police,\nSection 40(2)\n".encode("utf-16-be"))
    put("fuzz_text", "utf32le_bom", "\ufeffWidget\n".encode("utf-32-le"))
    put("fuzz_text", "control", b"a\x00b\x01c\x1b[0m\xc2\xa0d\x7f\n")
    put("fuzz_text", "corpus_004", read("corpus/004_aaea4b360a23c9d5.txt")[:4096])


def html():
    put("fuzz_html", "page.html",
        "<html><head><title>Disclosure log: drones</title><style>p{color:red}</style>"
        "<script>var secret = 'script text';</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/foi'>FOI</a></nav><div role='navigation'>Skip links</div>"
        "<h1>Drones &amp; decoys</h1><p>Kent Police\nrefused under <b>Section 31(3)</b>.</p>"
        "<ul><li>first</li><li>second</li></ul><table><tr><td>a</td><td>b</td></tr></table></body></html>")
    put("fuzz_html", "malformed.html",
        b"<p>Unclosed <b>bold <i>italic<p>Next paragraph <div>Caf\xe9</div><meta charset='iso-8859-1'>")
    put("fuzz_html", "meta_charset.html", b'<meta charset="iso-8859-1"><p>Caf\xe9</p>')
    put("fuzz_html", "entities.html",
        '<!DOCTYPE html><html><body><h2>A&nbsp;&eacute;&#x2014;&#8212;</h2><!-- c --><pre>  x\n y</pre>'
        '<br/><img alt="i"><![CDATA[x]]><?pi x?></body></html>')


def pdf():
    for f in ("text.pdf", "scan.pdf", "truncated.pdf", "encrypted.pdf"):
        put("fuzz_pdf", f, read("tests/fixtures/pdf/" + f))


def office():
    for f in ("letter.docx", "letter.odt"):
        put("fuzz_office", f, read("tests/fixtures/office/" + f))


def mail():
    pdf_b64 = base64.encodebytes(read("tests/fixtures/pdf/text.pdf")).decode()
    docx_b64 = base64.encodebytes(read("tests/fixtures/office/letter.docx")).decode()
    put("fuzz_mail", "plain.eml",
        "From: \"Essex Police FOI Unit\" <foi@essex.police.uk>\nTo: requester@example.com\n"
        "Date: Fri, 22 Jan 2021 23:30:00 -0800\nSubject: =?UTF-8?Q?FOI_006/21_=E2=80=93_response?=\n\n"
        "Dear requester,\r\nWe do not hold the information.\n")
    put("fuzz_mail", "latin1_qp.eml",
        "Subject: x\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
        "caf=E9 =\nsoft break\n")
    put("fuzz_mail", "multipart.eml",
        "From: foi@kent.police.uk\nSubject: Re: request\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\n"
        "Content-Type: multipart/alternative; boundary=\"b2\"\n\n--b2\nContent-Type: text/plain\n\nPlain body.\n"
        "--b2\nContent-Type: text/html\n\n<p>HTML <b>body</b></p>\n--b2--\n"
        "--b1\nContent-Type: application/pdf; name=\"reply.pdf\"\nContent-Disposition: attachment; "
        "filename=\"reply.pdf\"\nContent-Transfer-Encoding: base64\n\n" + pdf_b64 +
        "--b1\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\n"
        "Content-Disposition: attachment; filename=\"letter.docx\"\nContent-Transfer-Encoding: base64\n\n" +
        docx_b64 + "--b1--\n")
    inner = "From: bottom@example.org\nSubject: Level 1\n\nText of level 1.\n"
    put("fuzz_mail", "nested.eml",
        "From: top@example.org\nSubject: Level 0\nMIME-Version: 1.0\nContent-Type: multipart/mixed; "
        "boundary=\"n0\"\n\n--n0\nContent-Type: text/plain\n\nText of level 0.\n--n0\n"
        "Content-Type: message/rfc822\n\n" + inner + "\n--n0--\n")
    put("fuzz_mail", "two.mbox",
        "From a@example.org Mon Jan  4 10:00:00 2021\nFrom: a@example.org\nSubject: One\n\nFirst.\n>From here\n\n"
        "From b@example.org Tue Jan  5 10:00:00 2021\nFrom: b@example.org\nSubject: Two\n\nSecond.\n")


def wdtk():
    put("fuzz_wdtk", "thread.json",
        '{"title": "Drones", "law_used": "eir", "display_status": "partially_successful", "events": [\n'
        '{"created_at": "2024-02-20T10:00:00Z", "type": "incoming", "content": ["Dear A,\\nThe drones are exempt."]},\n'
        '{"created_at": "2024-01-05T09:00:00Z", "type": "outgoing", "content": ["Dear Kent Police,\\nPlease provide."]},\n'
        '{"created_at": "2024-01-06T09:00:00Z", "type": "incoming", "content": ["Thank you for your request. '
        'We acknowledge it."]}\n]}')
    put("fuzz_wdtk", "wrong_types.json", '{"title": "T", "events": [{"created_at": 5, "type": "incoming"}]}')
    put("fuzz_wdtk", "unicode.json",
        '{"title": "\\u00e9\\ud83d\\ude00", "law_used": "foi", "events": [{"created_at": "2021-01-22", '
        '"type": "incoming", "content": ["S\\u0065ction 40(2)", "second"]}]}')


if __name__ == "__main__":
    shutil.rmtree(OUT, ignore_errors=True)
    for make in (query, extract, text, html, pdf, office, mail, wdtk):
        make()
