"""Plain dataclasses and the rules of the Danish class conference. No Qt, no SQL."""
