"""Edits as the app makes them, on a file opened for one author."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from app.domain.conference import Conference
from app.domain.review import PupilReview
from app.domain.school import Pupil
from app.services import reviews
from app.services.files import open_file


@contextmanager
def opened(path: Path, author: str = "", passphrase: str | None = None):
    store = open_file(path, passphrase)
    store.author = author
    try:
        yield store
    finally:
        store.close()


def pupil_named(store, given: str) -> Pupil:
    return store.find_one(Pupil, "given_name = ?", (given,))


def review_for(store, given: str) -> tuple[Conference, PupilReview]:
    pupil = pupil_named(store, given)
    review = store.find_one(PupilReview, "pupil_id = ?", (pupil.id,))
    return store.get(Conference, review.conference_id), review


def edit(path: Path, author: str, given: str, **fields) -> None:
    with opened(path, author) as store:
        conference, review = review_for(store, given)
        reviews.update_review(store, conference, review, **fields)


def note(path: Path, author: str, given: str, text: str) -> None:
    with opened(path, author) as store:
        reviews.add_note(store, pupil_named(store, given), text)


def value(path: Path, given: str, name: str):
    with opened(path) as store:
        return getattr(review_for(store, given)[1], name)
