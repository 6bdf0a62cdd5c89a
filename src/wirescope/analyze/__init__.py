"""The language layer: sentences, entities, dates, quantities, language.

Each stage is a module; `components.py` registers them with the pipeline.
"""
