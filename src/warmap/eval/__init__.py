"""Scoring the store's events against gold annotations."""

from warmap.eval.score import EvalReport, Gold, distance_km, load_gold, score

__all__ = ["EvalReport", "Gold", "load_gold", "score", "distance_km"]
