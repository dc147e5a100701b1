#!/usr/bin/env python3
"""Refreshes resources/translations/prakerja_en.ts, the one translation catalogue (the
interface, the command line and error messages: domain/Language.h), from every source folder
(lupdate), and fills in the English kept in scripts/translations_en.tsv (Indonesian source TAB
English; for a plural message, tr() with a count and %n: source TAB singular TAB plural).
Prints the source strings that still have no English translation.

  --check   change nothing; exit 1 if a source string has no English or the committed .ts is
            not what this script would write (the test suite's unit/translations runs it)."""
import shutil, subprocess, sys, tempfile, xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
committed = root / 'resources/translations/prakerja_en.ts'
check = '--check' in sys.argv[1:]
workdir = tempfile.mkdtemp() if check else None
ts = Path(workdir) / 'prakerja_en.ts' if check else committed
if check:
    shutil.copy(committed, ts)
lupdate = shutil.which('lupdate', path='/usr/lib/qt6/bin') or shutil.which('lupdate6') or 'lupdate'
# No source locations: the catalogue changes when a message does, not when a line moves.
subprocess.run([lupdate, '-silent', '-no-obsolete', '-locations', 'none',
                str(root / 'ui'), str(root / 'models'), str(root / 'app'), '-ts', str(ts),
                '-source-language', 'id', '-target-language', 'en'], check=True)
table = {}
plurals = {}
for line in (root / 'scripts/translations_en.tsv').read_text(encoding='utf-8').splitlines():
    if '\t' in line:
        source, english = line.split('\t', 1)
        if '\t' in english:
            plurals[source.replace('\\n', '\n')] = [f.replace('\\n', '\n') for f in english.split('\t')]
        else:
            table[source.replace('\\n', '\n')] = english.replace('\\n', '\n')
tree = ET.parse(ts)
missing = set()
for message in tree.getroot().iter('message'):
    source = message.find('source').text or ''
    translation = message.find('translation')
    if message.get('numerus') == 'yes':
        if source in plurals:
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for form in plurals[source]:
                ET.SubElement(translation, 'numerusform').text = form
            translation.attrib.pop('type', None)
        else:
            missing.add(source)
    elif source in table:
        translation.text = table[source]
        translation.attrib.pop('type', None)
    else:
        missing.add(source)
tree.write(ts, encoding='utf-8', xml_declaration=True)
for source in sorted(missing):
    print('untranslated:', source.replace('\n', '\\n'))
if check:
    stale = ts.read_bytes() != committed.read_bytes()
    if stale:
        print('resources/translations/prakerja_en.ts is out of date: run scripts/update-translations.py')
    shutil.rmtree(workdir)
    sys.exit(1 if missing or stale else 0)
sys.exit(0)
