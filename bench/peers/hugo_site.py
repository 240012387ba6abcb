"""The Hugo peer's input for bench/run-all.sh: every page of a published web bundle as a Hugo content
file (front matter with the page's title, then the page), beside the config and layouts of
bench/peers/hugo, so Hugo renders the same pages publish rendered. index.html becomes _index.html
(a section page: Hugo would make a leaf bundle of a plain index.html and stop rendering its siblings).
    python3 hugo_site.py WEB_BUNDLE HUGO_SITE"""
import html
import json
import os
import re
import shutil
import sys

bundle, site = sys.argv[1], sys.argv[2]
shutil.rmtree(site, ignore_errors=True)
shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo"), site)
title_pattern = re.compile(rb"<title>(.*?)</title>", re.S)
pages = 0
for folder, _, files in os.walk(bundle):
    for name in files:
        if not name.endswith(".html"):
            continue
        source = os.path.join(folder, name)
        relative = os.path.relpath(source, bundle)
        target_name = "_index.html" if name == "index.html" else name
        target = os.path.join(site, "content", os.path.dirname(relative), target_name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(source, "rb") as page:
            body = page.read()
        found = title_pattern.search(body)
        title = html.unescape(found.group(1).decode("utf-8", "replace")).strip() if found else name
        with open(target, "wb") as out:
            out.write(b"---\ntitle: " + json.dumps(title, ensure_ascii=False).encode("utf-8") + b"\n---\n")
            out.write(body)
        pages += 1
print(f"hugo site: {pages} pages")
