"""Reviewed knowledge: programme rules, the JST registry, the FAQ and the item catalogue."""
