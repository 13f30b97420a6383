"""Knowledge the project authors and reviews as data: actors, titles, descriptors.

The YAML files next to this package are the source of truth; the modules here only
validate, load and index them (lazily, once per process).
"""
