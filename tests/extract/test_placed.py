"""Workers placed abroad read as labour export (round 10 of issue 15: set 9's convention, adopted for every set): the
channel stands where a sentence names North Korean workers and reads a country as their host.  Sentences written for
the test in the words press reports use."""

from __future__ import annotations

from chainlight.extract import chinese
from chainlight.extract.placed import placed_workers, workers_in
from chainlight.extract.places import find_destinations


def placed(text: str) -> list[str]:
    if chinese.is_chinese(text):
        text = chinese.simplified(text)
        rules = [h.rule for h in chinese.find_destinations(text)]
    else:
        rules = [h.rule for h in find_destinations(text)]
    return [text[h.start:h.end] for h in placed_workers(text, rules)]


def test_workers_said_to_work_in_a_country_are_exported_labour() -> None:
    assert placed("Thousands of North Korean laborers are working in sawmills and on building sites in Russia.") == [
        "North Korean laborers"]
    assert placed("러시아 연해주에서 일하는 북한 근로자는 지난해보다 늘었다.") == ["북한 근로자"]
    assert placed("在俄罗斯工作的朝鲜劳工每月只能拿到很少的工资。") == ["朝鲜劳工"]


def test_no_host_no_channel() -> None:
    # the workers' country is not named: the sentence says what they make, not where they are
    assert placed("North Korean workers make wigs and eyelashes for export.") == []
    assert placed("북한 노동자들이 만든 가발이 수출됐다.") == []


def test_makers_of_goods_sent_abroad_and_north_koreans_not_called_workers() -> None:
    # the country is where the goods went, not where the workers are
    assert placed("Reporters traced goods made by North Korean workers to Canada and Germany.") == []
    assert placed("朝鲜劳工产品在加拿大和德国都被发现。") == []
    # North Koreans entering a country are not said to be workers (students and visitors enter too)
    assert placed("지난해 러시아에 입국한 북한인은 1만 명을 넘었다.") == []


# --- from tests/extract/test_readings_r21.py: Round 21: English readings of places and channels measured
# leave-one-set-out over the seen sets (1, 3-18): a capitalised function word starting a run, a place named
# by its country's adjective, headline case, North Korea's workers named without a verb, goods going into
# North Korea to be finished, permits counting workers, "between" ranges after a figure, trade partners,
# exporters and entry.


def test_headline_case_names_the_workers() -> None:
    assert workers_in("North Korean Workers in Kuwait Face Tight Information Controls") is not None
