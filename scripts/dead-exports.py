#!/usr/bin/env python3
"""Lists exported names of src/ and sync-server/ that nothing else in the repository uses."""
import re, subprocess, sys
files = [f for f in subprocess.run(['git', 'ls-files'], capture_output=True, text=True).stdout.split('\n') if re.search(r'\.(ts|svelte|mjs)$', f)]
texts = {f: open(f, encoding='utf8').read() for f in files}
decl = re.compile(r'^export (?:async )?(?:const|function|class|type|interface|enum) ([A-Za-z_$][\w$]*)', re.M)
dead = []
for f in files:
    if not (f.startswith('src/') or f.startswith('sync-server/')):
        continue
    for name in decl.findall(texts[f]):
        word = re.compile(r'\b' + re.escape(name) + r'\b')
        if not any(word.search(t) for g, t in texts.items() if g != f):
            dead.append(f'{f}: {name}')
print('\n'.join(dead))
sys.exit(1 if dead else 0)
