# Writes test/fixtures/pyyaml-rejects.json: which YAML files of the corpus PyYAML rejects, with CloudFormation's short-form tags accepted (as cfn-lint's loader does).
# Run from the repository: python3 scripts/pyyaml-rejects.py > test/fixtures/pyyaml-rejects.json
# (PyYAML 6, `apt-get install python3-yaml`). The file list is every .yaml/.yml/.template of ../shared/corpus.
import os, sys, yaml, json
class L(yaml.SafeLoader): pass
def any_tag(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode): return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode): return loader.construct_sequence(node)
    return loader.construct_mapping(node)
L.add_multi_constructor('!', any_tag)
corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'corpus')
rejects = []
for folder, dirs, files in os.walk(corpus):
    dirs[:] = [d for d in dirs if d != 'node_modules']
    for name in files:
        if not name.lower().endswith(('.yaml', '.yml', '.template')): continue
        path = os.path.join(folder, name)
        try:
            with open(path, encoding='utf-8') as f: list(yaml.load_all(f, Loader=L))
        except Exception:
            rejects.append(os.path.relpath(path, corpus))
print(json.dumps({'made by': 'python3 scripts/pyyaml-rejects.py > test/fixtures/pyyaml-rejects.json', 'pyyaml': yaml.__version__, 'rejects': sorted(rejects)}, indent=1))
