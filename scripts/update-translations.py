#!/usr/bin/env python3
"""Refreshes resources/translations/prakerja_en.ts from the UI sources (lupdate) and fills in
the English translations kept in scripts/translations_en.tsv (Indonesian source TAB English;
for a plural message, tr() with a count and %n: source TAB singular TAB plural).
Prints the source strings that still have no English translation."""
import subprocess, sys, xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
ts = root / 'resources/translations/prakerja_en.ts'
subprocess.run(['/usr/lib/qt6/bin/lupdate', '-silent', '-no-obsolete', str(root / 'ui'), str(root / 'models/itemmodels'), '-ts', str(ts),
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
sys.exit(0)
