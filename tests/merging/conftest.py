import pytest

from tests.merging.school import build_school


@pytest.fixture(scope="session")
def school_template(tmp_path_factory):
    return build_school(tmp_path_factory.mktemp("merge-school") / "Skole.klassekonference")


@pytest.fixture
def team_file(school_template, tmp_path):
    import shutil

    target = tmp_path / "Skole.klassekonference"
    shutil.copyfile(school_template, target)
    return target
