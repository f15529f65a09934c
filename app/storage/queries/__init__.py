"""Named reads, one module per area. The only place besides the rest of ``app.storage`` that writes SQL:
services, screens and commands call these functions (or ``Store.find`` with keyword filters) instead.

- ``school``: the school, classes, school years, staff
- ``people``: pupils and class memberships (the ``left_on`` rule lives in :func:`people.placements`)
- ``conferences``: conferences, their classes, participants, agenda
- ``agreements``: agreements, their pupils and reviews
- ``reviews``: pupil reviews, subject assessments, notes, absence
- ``wellbeing``: survey results, indicator values, question distributions
- ``change_log``: reading the change log (the layout is known only here and in ``store.py``)
"""
